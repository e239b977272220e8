using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Tests.Support;
using Xunit.Abstractions;

namespace OutreachAssistant.Worker.Tests.Health;

/// <summary>
/// A real <c>outreach run</c> with <c>Health:Url</c> on a free port, against <c>outreach sandbox</c>, probed over HTTP as
/// a kubelet or Prometheus would: live at once, ready only after the mailbox's first sync, and metrics that count what
/// the run did.
/// </summary>
public sealed partial class HealthEndpointTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Due = 3;
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(90);
    private readonly string root = Directory.CreateTempSubdirectory("outreach-health-").FullName;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private SandboxProcess sandbox = null!;

    public async Task InitializeAsync() =>
        sandbox = await SandboxProcess.StartAsync(OutreachMailboxSeed.Write(Path.Combine(root, "seeds"), Due), Path.Combine(root, "sandbox-data"));

    [Fact]
    public async Task Service_WithHealthUrl_LiveAtOnce_Ready503UntilTheFirstSync_MetricsCountTheDraftsMade()
    {
        // Every message request stalls for ten seconds until the faults are cleared: the first sync cannot end before then.
        await sandbox.AddFaultAsync(new { kind = "slow", delayMs = 10_000, path = "/messages", count = -1 });
        var url = $"http://127.0.0.1:{FreePort()}";
        var settings = sandbox.WorkerSettings(Path.Combine(root, "data"), OutreachMailboxSeed.MailboxId);
        settings[$"{HealthOptions.SectionName}:Url"] = url;
        using var service = WorkerProcess.StartService(settings, root);

        var live = await FirstAnswerAsync(new Uri($"{url}/healthz/live"), service);
        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal("live\n", live.Body);

        await service.WaitForLineAsync(Connected(), Within);
        var before = await GetAsync(new Uri($"{url}/healthz/ready"));
        output.WriteLine($"ready before the first sync: {(int)before.Status}\n{before.Body}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.Status);
        var mailbox = Assert.Single(JsonDocument.Parse(before.Body).RootElement.GetProperty("mailboxes").EnumerateArray());
        Assert.Equal(OutreachMailboxSeed.MailboxId, mailbox.GetProperty("id").GetString());
        Assert.False(mailbox.GetProperty("firstSyncDone").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(new Uri($"{url}/healthz/live"))).Status);

        // The stall lifted, and one throttled answer with a Retry-After for the metrics to count.
        await sandbox.ClearFaultsAsync();
        await sandbox.AddFaultAsync(new { status = 429, retryAfter = 1, path = "/messages", count = 1 });
        var ready = (Status: HttpStatusCode.ServiceUnavailable, Body: string.Empty);
        await Eventually.HoldsAsync(async () => (ready = await GetAsync(new Uri($"{url}/healthz/ready"))).Status == HttpStatusCode.OK, Within);
        output.WriteLine($"ready after it:\n{ready.Body}");
        using (var body = JsonDocument.Parse(ready.Body))
        {
            Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
            Assert.Equal("reachable", body.RootElement.GetProperty("database").GetString());
            Assert.Equal("started", body.RootElement.GetProperty("scheduler").GetString());
            Assert.True(Assert.Single(body.RootElement.GetProperty("mailboxes").EnumerateArray()).GetProperty("firstSyncDone").GetBoolean());
        }

        var drafts = $"mailbox=\"{OutreachMailboxSeed.MailboxId}\"";
        var metrics = string.Empty;
        await Eventually.HoldsAsync(async () => PrometheusText.Sum(metrics = (await GetAsync(new Uri($"{url}/metrics"))).Body, "outreach_drafts_created_total", drafts) >= Due, Within);
        output.WriteLine(string.Join('\n', metrics.Split('\n').Where(l => l.StartsWith("outreach_", StringComparison.Ordinal) && !l.Contains("_bucket", StringComparison.Ordinal))));

        var keys = await sandbox.DraftKeysAsync(OutreachMailboxSeed.MailboxId);
        Assert.Equal(Due, keys.Distinct().Count());
        Assert.Equal(keys.Count, PrometheusText.Sum(metrics, "outreach_drafts_created_total", drafts, "purpose=\"follow-up\""));
        Assert.Equal(Due, PrometheusText.Sum(metrics, "outreach_threads_due_total", drafts));
        Assert.True(PrometheusText.Sum(metrics, "outreach_syncs_total", drafts, "outcome=\"ok\"") >= 1, metrics);
        Assert.True(PrometheusText.Sum(metrics, "outreach_graph_requests_total", drafts, "status=\"200\"") >= 2, metrics);
        Assert.Equal(1, PrometheusText.Sum(metrics, "outreach_graph_throttles_total", drafts, "status=\"429\""));
        Assert.Equal(1, PrometheusText.Sum(metrics, "outreach_graph_retry_after_seconds_count", drafts));
        Assert.Equal(1, PrometheusText.Sum(metrics, "outreach_graph_retry_after_seconds_sum", drafts));
        Assert.Equal(0, PrometheusText.Sum(metrics, "outreach_messages_skipped_total"));

        // Probes and scrapes are read by whoever runs the cluster: our ids, never an address.
        Assert.DoesNotContain("@", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("@", ready.Body, StringComparison.Ordinal);

        service.Terminate();
        Assert.True(await service.WaitForExitAsync(Within) == 0, service.Transcript());
        Assert.Empty(service.StackTraceLines());
    }

    [Theory]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1")]
    [InlineData("http://health.example.org:5080")]
    [InlineData("127.0.0.1:5080")]
    public async Task Service_BadHealthUrl_StopsStartUpWithOneLineNamingTheKey(string value)
    {
        var settings = sandbox.WorkerSettings(Path.Combine(root, "data"), OutreachMailboxSeed.MailboxId);
        settings[$"{HealthOptions.SectionName}:Url"] = value;
        using var service = WorkerProcess.StartService(settings, root);

        Assert.Equal(2, await service.WaitForExitAsync(Within));
        var line = Assert.Single(service.StandardError);
        Assert.StartsWith($"Configuration error: {HealthOptions.SectionName}:Url must be http://ADDRESS:PORT", line, StringComparison.Ordinal);
        Assert.Contains(value, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_HealthUrlAlreadyInUse_StopsStartUpWithOneLineNamingTheKey()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        var settings = sandbox.WorkerSettings(Path.Combine(root, "data"), OutreachMailboxSeed.MailboxId);
        settings[$"{HealthOptions.SectionName}:Url"] = url;
        using var service = WorkerProcess.StartService(settings, root);

        Assert.Equal(2, await service.WaitForExitAsync(Within));
        var line = Assert.Single(service.StandardError);
        Assert.StartsWith($"Configuration error: {HealthOptions.SectionName}:Url {url} cannot be listened on", line, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await sandbox.DisposeAsync();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(Uri uri)
    {
        using var response = await Http.GetAsync(uri);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The first answer once the process listens: a refused connection only means it has not started yet.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> FirstAnswerAsync(Uri uri, WorkerProcess service)
    {
        using var timeout = new CancellationTokenSource(Within);
        while (true)
        {
            Assert.False(service.HasExited, service.Transcript());
            try
            {
                return await GetAsync(uri);
            }
            catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConnectionError)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
        }
    }

    [GeneratedRegex("Connected mailbox")]
    private static partial Regex Connected();
}
