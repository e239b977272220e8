using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// <c>outreach sandbox --seed DIR --port 0</c> as a real process: the mailbox outlives any worker a test kills. Parses
/// the URLs and token it prints, gives the settings a worker needs to reach it (Remote mode, a bearer token), and
/// reads its mailboxes through the admin endpoint.
/// </summary>
public sealed partial class SandboxProcess : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient admin = new();

    private SandboxProcess(WorkerProcess process, Uri baseUrl, Uri adminUrl, string accessToken)
    {
        Process = process;
        BaseUrl = baseUrl;
        AdminUrl = adminUrl;
        AccessToken = accessToken;
    }

    public WorkerProcess Process { get; }

    public Uri BaseUrl { get; }

    public Uri AdminUrl { get; }

    /// <summary>The sandbox's own token: <c>/me</c> is the first seeded mailbox.</summary>
    public string AccessToken { get; }

    /// <summary>Starts the sandbox on a free port with its file in <paramref name="dataDirectory"/>, and waits until it listens.</summary>
    public static async Task<SandboxProcess> StartAsync(string seedDirectory, string dataDirectory)
    {
        var process = WorkerProcess.Start(
            new Dictionary<string, string?> { [$"{StorageOptions.SectionName}:DataDirectory"] = dataDirectory },
            Directory.CreateDirectory(dataDirectory).FullName,
            "sandbox", "--seed", seedDirectory, "--port", "0");
        try
        {
            var within = TimeSpan.FromSeconds(60);
            var baseUrl = Value(await process.WaitForLineAsync(BaseUrlLine(), within), BaseUrlLine());
            var adminUrl = Value(await process.WaitForLineAsync(AdminUrlLine(), within), AdminUrlLine());
            var token = Value(await process.WaitForLineAsync(TokenLine(), within), TokenLine());
            return new SandboxProcess(process, new Uri(baseUrl), new Uri(adminUrl), token);
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    /// <summary>What a worker needs to reach this sandbox as it would reach Outlook.</summary>
    public Dictionary<string, string?> WorkerSettings(string dataDirectory, string mailboxId) => new()
    {
        [$"{GraphOptions.SectionName}:Mode"] = "Remote",
        [$"{GraphOptions.SectionName}:BaseUrl"] = BaseUrl.ToString(),
        [$"{AuthOptions.SectionName}:Mode"] = "AccessToken",
        [$"{GraphOptions.SectionName}:AccessToken"] = AccessToken,
        [$"{StorageOptions.SectionName}:DataDirectory"] = dataDirectory,
        [$"{MailboxesOptions.SectionName}:0:Id"] = mailboxId,
        [$"{MailboxesOptions.SectionName}:0:User"] = "me",
    };

    /// <summary>Every message of a mailbox as the admin view lists them (folder, extended properties, text bodies).</summary>
    public async Task<IReadOnlyList<JsonElement>> MessagesAsync(string mailboxId)
    {
        var all = await admin.GetFromJsonAsync<JsonElement>(new Uri($"{AdminUrl}/mailboxes/{mailboxId}/messages"), Json);
        return [.. all.GetProperty("value").EnumerateArray()];
    }

    /// <summary>The key of every draft in the mailbox (our extended property), one entry per draft: a key twice is a duplicate.</summary>
    public async Task<IReadOnlyList<string>> DraftKeysAsync(string mailboxId) =>
        [.. (await MessagesAsync(mailboxId))
            .Where(m => m.GetProperty("isDraft").GetBoolean())
            .Select(m => m.GetProperty("singleValueExtendedProperties").EnumerateArray()
                .Select(p => p.GetProperty("value").GetString())
                .FirstOrDefault(v => v is not null && v.Contains("/follow-up/", StringComparison.Ordinal)) ?? "(no key)")];

    /// <summary>Delivers a seed-format message to a mailbox (<c>POST /admin/mailboxes/{id}/messages</c>), as mail arriving would.</summary>
    public async Task DeliverAsync(string mailboxId, SeedMessage message)
    {
        using var response = await admin.PostAsJsonAsync(new Uri($"{AdminUrl}/mailboxes/{mailboxId}/messages"), message, Json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Adds a fault rule (docs/sandbox.md, "Fault injection"), e.g. a <c>slow</c> one to make a run long.</summary>
    public async Task AddFaultAsync(object rule)
    {
        using var response = await admin.PostAsJsonAsync(new Uri($"{AdminUrl}/faults"), rule, Json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Switches which of Graph's open behaviours the sandbox plays (<c>/admin/behaviour</c>, docs/sandbox.md).</summary>
    public async Task SetBehaviourAsync(string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await admin.PutAsync(new Uri($"{AdminUrl}/behaviour"), content);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync()
    {
        using var response = await admin.DeleteAsync(new Uri($"{AdminUrl}/faults"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Stops it as Ctrl-C would (SIGTERM when the runner passed on an ignored SIGINT) and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (Process.IgnoresInterrupt)
        {
            Process.Terminate();
        }
        else
        {
            Process.Interrupt();
        }

        return await Process.WaitForExitAsync(TimeSpan.FromSeconds(20));
    }

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        if (!Process.HasExited)
        {
            Process.Terminate();
            try
            {
                await Process.WaitForExitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                // Dispose kills it.
            }
        }

        Process.Dispose();
    }

    private static string Value(OutputLine line, Regex pattern) => pattern.Match(line.Text).Groups["value"].Value;

    [GeneratedRegex(@"^Base URL: (?<value>\S+)$")]
    private static partial Regex BaseUrlLine();

    [GeneratedRegex(@"^Admin URL: (?<value>\S+)$")]
    private static partial Regex AdminUrlLine();

    [GeneratedRegex(@"^Access token: (?<value>\S+)")]
    private static partial Regex TokenLine();
}
