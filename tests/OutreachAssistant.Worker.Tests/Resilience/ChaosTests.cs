using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Sandbox;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Resilience;

/// <summary>
/// An advising office's morning: 50 mailboxes of 10 outreach threads each, a fifth of all requests failing
/// (throttling with Retry-After in seconds or as a date, 503s, timeouts) and one mailbox whose token is
/// refused for good. The service runs as cron would run <c>run --once</c>, a few times over.
/// </summary>
/// <remarks>
/// On the real clock by design: timeouts are real stalls on a loopback wire, and Retry-After is honoured
/// or not in wall time, as <see cref="RetryAfterWatch"/> measures it where the client sends.
/// </remarks>
[Collection(WallClockTests.Name)]
public sealed class ChaosTests
{
    private const int Mailboxes = 50;
    private const int DuePerMailbox = 7;
    private const int NotDuePerMailbox = 3;
    private const string Refused = "s13";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task RunOnce_FifthOfRequestsFailing_ExactlyTheExpectedDraftsAndRetryAfterHonoured()
    {
        var root = Directory.CreateTempSubdirectory("outreach-chaos-").FullName;
        await WriteSeedsAsync(Path.Combine(root, "seeds"));
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Behaviour = SandboxBehaviourUnderTest.FromEnvironment(), DatabasePath = Path.Combine(root, "sandbox.db"), SeedDirectory = Path.Combine(root, "seeds") });
        using var admin = new HttpClient();
        await AddFaultsAsync(admin, sandbox.AdminUrl);
        var watches = new List<RetryAfterWatch>();

        // As cron would: run again while a run still made drafts or a healthy mailbox failed (a timeout on a
        // busy machine can fail a whole mailbox for one run); a settled run changes nothing.
        for (var run = 0; run < 8; run++)
        {
            var watch = new RetryAfterWatch();
            watches.Add(watch);
            using var host = OutreachHost.Build(HostMode.Command, Settings(root, sandbox), contentRoot: root, configureServices: s =>
                s.AddSingleton(new GraphTransport { CreateHandler = () => watch }));
            await host.StartAsync();
            var created = (await host.Services.GetRequiredService<OnceRunner>().RunAsync(CancellationToken.None)).Created;
            var after = await host.Services.GetRequiredService<StatusReport>().ReadAsync(CancellationToken.None);
            await host.StopAsync();
            if (run > 0 && created == 0 && after.Mailboxes.All(m => m.Mailbox == Refused || m.Status == "ok"))
            {
                break;
            }
        }

        var stats = await admin.GetFromJsonAsync<JsonElement>(new Uri($"{sandbox.AdminUrl}/faults/stats"), Json);
        await admin.DeleteAsync(new Uri($"{sandbox.AdminUrl}/faults"));
        using var final = OutreachHost.Build(HostMode.Command, Settings(root, sandbox), contentRoot: root);
        var status = await final.Services.GetRequiredService<StatusReport>().ReadAsync(CancellationToken.None);

        Assert.True(stats.GetProperty("fired").EnumerateObject().Sum(p => p.Value.GetInt32()) > 100, "the faults should have fired often");
        Assert.True(watches.Sum(w => w.RetryAftersSeen) > 20, "throttling with Retry-After should have happened often");
        Assert.Empty(watches.SelectMany(w => w.Violations));
        Assert.Equal("needs-sign-in", status.Mailboxes.Single(m => m.Mailbox == Refused).Status);
        for (var i = 1; i <= Mailboxes; i++)
        {
            var id = MailboxId(i);
            var drafts = await DraftKeysAsync(admin, sandbox.AdminUrl, id);
            Assert.Equal(drafts.Count, drafts.Distinct().Count());
            Assert.Equal(id == Refused ? 0 : DuePerMailbox, drafts.Count);
            Assert.Equal(id == Refused ? 0 : DuePerMailbox, status.Threads.Where(t => t.Mailbox == id).Sum(t => t.Drafts.Count));
        }
    }

    private static string MailboxId(int i) => $"s{i:00}";

    private static Dictionary<string, string?> Settings(string root, SandboxServer sandbox)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{GraphOptions.SectionName}:Mode"] = "Remote",
            [$"{GraphOptions.SectionName}:BaseUrl"] = sandbox.BaseUrl.ToString(),
            [$"{GraphOptions.SectionName}:AccessToken"] = sandbox.AccessToken,
            [$"{AuthOptions.SectionName}:Mode"] = "AccessToken",
            [$"{GraphResilienceOptions.SectionName}:AttemptTimeout"] = "00:00:02",
            [$"{GraphResilienceOptions.SectionName}:BaseDelay"] = "00:00:00.100",
            [$"{GraphResilienceOptions.SectionName}:MaxRetries"] = "6",
            [$"{SyncOptions.SectionName}:MaxParallelMailboxes"] = "16",

            // Every due thread is drafted in the one run; the daily limit has timelines of its own.
            [$"{FollowUpOptions.SectionName}:MaxPerDay"] = "1000",
            [$"{StorageOptions.SectionName}:DataDirectory"] = Path.Combine(root, "data"),
        };
        for (var i = 1; i <= Mailboxes; i++)
        {
            settings[$"{MailboxesOptions.SectionName}:{i - 1}:Id"] = MailboxId(i);
            settings[$"{MailboxesOptions.SectionName}:{i - 1}:User"] = $"{MailboxId(i)}@school.example";
        }

        return settings;
    }

    private static async Task WriteSeedsAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 1; i <= Mailboxes; i++)
        {
            var id = MailboxId(i);
            var messages = Enumerable.Range(1, DuePerMailbox + NotDuePerMailbox).Select(n => new
            {
                key = $"o{n}",
                folder = "sentitems",
                from = $"Student {id} <{id}@school.example>",
                to = new[] { $"Dr. Contact {n} <contact{n}@hospital{n}.example.org>" },
                subject = $"IMG applicant - question about electives ({n})",
                body = "Dear Dr. Contact,\nWould an elective be possible?\nThank you,\nStudent",
                sent = n <= DuePerMailbox ? "-11d" : "-3d",
                conversation = $"t{n}",
            });
            // This test runs on the real clock: working hours around the clock keep it independent of the day and hour.
            var workingHours = new { daysOfWeek = Enum.GetNames<DayOfWeek>(), startTime = "00:00", endTime = "00:00" };
            var mailbox = new { id, address = $"{id}@school.example", displayName = $"Student {id}", timeZone = "UTC", workingHours, messages };
            await File.WriteAllTextAsync(Path.Combine(folder, $"{id}.json"), JsonSerializer.Serialize(mailbox, Json));
        }
    }

    private static async Task AddFaultsAsync(HttpClient admin, Uri adminUrl)
    {
        object[] rules =
        [
            new { mailbox = Refused, status = 401, count = -1 },
            new { status = 429, code = "ApplicationThrottled", retryAfter = 1, probability = 0.08, count = -1, seed = 1 },
            new { status = 429, code = "TooManyRequests", retryAfter = 1, retryAfterDate = true, probability = 0.04, count = -1, seed = 2 },
            new { status = 503, probability = 0.05, count = -1, seed = 3 },
            new { kind = "timeout", probability = 0.03, count = -1, seed = 4 },
        ];
        foreach (var rule in rules)
        {
            using var response = await admin.PostAsJsonAsync(new Uri($"{adminUrl}/faults"), rule, Json);
            response.EnsureSuccessStatusCode();
        }
    }

    private static async Task<List<string>> DraftKeysAsync(HttpClient admin, Uri adminUrl, string mailbox)
    {
        var all = await admin.GetFromJsonAsync<JsonElement>(new Uri($"{adminUrl}/mailboxes/{mailbox}/messages"), Json);
        var list = all.ValueKind == JsonValueKind.Array ? all : all.GetProperty("value");
        return [.. list.EnumerateArray()
            .Where(m => m.GetProperty("isDraft").GetBoolean())
            .Select(m => m.GetProperty("singleValueExtendedProperties").EnumerateArray()
                .Select(p => p.GetProperty("value").GetString())
                .Single(v => v is not null && v.Contains("/follow-up/", StringComparison.Ordinal))!)];
    }
}
