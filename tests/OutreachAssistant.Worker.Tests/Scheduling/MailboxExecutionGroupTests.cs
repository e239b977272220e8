using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Sandbox;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Scheduling;
using OutreachAssistant.Worker.Tests.Support;
using Quartz;

namespace OutreachAssistant.Worker.Tests.Scheduling;

/// <summary>
/// An office's mailboxes work side by side in the service: one mailbox held up by a slow Graph call does not
/// hold up the others, while each mailbox's own jobs take turns (its execution group allows one at a time).
/// </summary>
public sealed class MailboxExecutionGroupTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Service_OneMailboxStalledMakingItsDraft_AnotherMailboxGetsItsDraftMeanwhile()
    {
        var root = Directory.CreateTempSubdirectory("outreach-groups-").FullName;
        try
        {
            var clock = new FakeTimeProvider(SandboxWorld.DefaultStart);
            await WriteSeedAsync(root, "held");
            await WriteSeedAsync(root, "free");
            await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
            {
                Behaviour = SandboxBehaviourUnderTest.FromEnvironment(),
                DatabasePath = Path.Combine(root, "sandbox.db"),
                SeedDirectory = Path.Combine(root, "seeds"),
                TimeProvider = clock,
            });
            using var admin = new HttpClient();
            var settings = Settings(root, sandbox);

            // Both outreach emails are tracked first; eight days later both follow-ups are due at once.
            using (var first = OutreachHost.Build(HostMode.Command, settings, clock, root))
            {
                await first.StartAsync();
                await first.Services.GetRequiredService<Commands.OnceRunner>().RunAsync(CancellationToken.None);
                await first.StopAsync();
            }

            clock.Advance(TimeSpan.FromDays(8));
            using (var response = await admin.PostAsJsonAsync(new Uri($"{sandbox.AdminUrl}/faults"),
                new { kind = "slow", mailbox = "held", path = "createReply", delayMs = 15_000 }, Json))
            {
                response.EnsureSuccessStatusCode();
            }

            using var host = OutreachHost.Build(HostMode.Service, settings, clock, root);
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await host.StartAsync();
            try
            {
                // Well inside the fifteen seconds the held mailbox waits for its reply to be created, and while it waits.
                await Eventually.HoldsAsync(async () => (await DraftsAsync(admin, sandbox, "free")).Count == 1 && await StalledAsync(admin, sandbox), TimeSpan.FromSeconds(12));
                Assert.Empty(await DraftsAsync(admin, sandbox, "held"));

                var limits = await scheduler.GetExecutionLimits();
                Assert.NotNull(limits);
                Assert.True(limits.TryGetLimit(ExecutionGroupScope.GroupsWithPrefix(MailboxExecutionGroup.Prefix), out var perMailbox));
                Assert.Equal(1, perMailbox);
                Assert.Equal(3, (await scheduler.GetMetadata()).ThreadPoolSize);
                var syncTrigger = await scheduler.GetTrigger(new TriggerKey("held", "sync"));
                Assert.NotNull(syncTrigger);
                Assert.Equal("mailbox:held", syncTrigger.ExecutionGroup);
            }
            finally
            {
                await host.StopAsync();
            }

            // Stopping cancelled the held mailbox's wake-up in its call rather than waiting it out (SIGTERM stops the
            // service within seconds); the next run makes its draft: one, not two.
            Assert.Empty(await DraftsAsync(admin, sandbox, "held"));
            using (var next = OutreachHost.Build(HostMode.Command, settings, clock, root))
            {
                await next.StartAsync();
                await next.Services.GetRequiredService<Commands.OnceRunner>().RunAsync(CancellationToken.None);
                await next.StopAsync();
            }

            Assert.Single(await DraftsAsync(admin, sandbox, "held"));
            Assert.Single(await DraftsAsync(admin, sandbox, "free"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Dictionary<string, string?> Settings(string root, SandboxServer sandbox) => new()
    {
        [$"{GraphOptions.SectionName}:Mode"] = "Remote",
        [$"{GraphOptions.SectionName}:BaseUrl"] = sandbox.BaseUrl.ToString(),
        [$"{GraphOptions.SectionName}:AccessToken"] = sandbox.AccessToken,
        [$"{AuthOptions.SectionName}:Mode"] = "AccessToken",
        [$"{GraphResilienceOptions.SectionName}:AttemptTimeout"] = "00:02:00",
        [$"{SyncOptions.SectionName}:MaxParallelMailboxes"] = "3",
        [$"{StorageOptions.SectionName}:DataDirectory"] = Path.Combine(root, "data"),
        [$"{DraftingOptions.SectionName}:Signature"] = "Student",
        [$"{MailboxesOptions.SectionName}:0:Id"] = "held",
        [$"{MailboxesOptions.SectionName}:0:User"] = "held@school.example",
        [$"{MailboxesOptions.SectionName}:1:Id"] = "free",
        [$"{MailboxesOptions.SectionName}:1:User"] = "free@school.example",
    };

    private static async Task WriteSeedAsync(string root, string id)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        var outreach = Outreach.ToDirector("-3d") with { From = $"Student {id} <{id}@school.example>" };
        var mailbox = new { id, address = $"{id}@school.example", displayName = $"Student {id}", timeZone = "Eastern Standard Time", messages = new[] { outreach } };
        await File.WriteAllTextAsync(Path.Combine(folder, $"{id}.json"), JsonSerializer.Serialize(mailbox, Json));
    }

    /// <summary>Whether the held mailbox's createReply has reached the sandbox and is being held there.</summary>
    private static async Task<bool> StalledAsync(HttpClient admin, SandboxServer sandbox)
    {
        var stats = await admin.GetFromJsonAsync<JsonElement>(new Uri($"{sandbox.AdminUrl}/faults/stats"), Json);
        return stats.GetProperty("fired").EnumerateObject().Sum(p => p.Value.GetInt32()) == 1;
    }

    private static async Task<List<JsonElement>> DraftsAsync(HttpClient admin, SandboxServer sandbox, string mailbox)
    {
        var all = await admin.GetFromJsonAsync<JsonElement>(new Uri($"{sandbox.AdminUrl}/mailboxes/{mailbox}/messages"), Json);
        var list = all.ValueKind == JsonValueKind.Array ? all : all.GetProperty("value");
        return [.. list.EnumerateArray().Where(m => m.GetProperty("isDraft").GetBoolean())];
    }
}
