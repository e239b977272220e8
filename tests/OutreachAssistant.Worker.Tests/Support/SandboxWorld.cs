using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Sandbox;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Drafts;
using OutreachAssistant.Worker.Hosting;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// A sandbox mailbox on loopback HTTP and a data folder for the worker, both on one fake clock. Hosts
/// come and go against them as a restarted service would.
/// </summary>
/// <remarks>
/// The clock moves only when a test moves it, and so do its timers: a service host's Quartz loop, which
/// waits on this clock, fires what is due at the clock's time and waits for the test for the rest. The
/// Graph client's Retry-After and back-off waits are on the system clock (MailboxConnections), not this one.
/// </remarks>
public sealed class SandboxWorld : IAsyncDisposable
{
    public const string Owner = "Amira Haddad <amira.haddad@outlook.example>";
    public const string MailboxId = "amira";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient admin = new();

    private SandboxWorld(string root, FakeTimeProvider clock, SandboxServer sandbox, string token)
    {
        Root = root;
        Clock = clock;
        Sandbox = sandbox;
        Token = token;
    }

    public string Root { get; }

    public FakeTimeProvider Clock { get; }

    public SandboxServer Sandbox { get; }

    /// <summary>The bearer token the worker signs in with: the sandbox's own, or the seed's <c>accessToken</c> with its scopes.</summary>
    public string Token { get; }

    /// <summary>Monday 2 November 2026, 15:00 UTC: a working afternoon in New York.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    /// <param name="messages">The seeded mailbox.</param>
    /// <param name="start">The clock's start; <see cref="DefaultStart"/> when null.</param>
    /// <param name="deltaUpdates">Where Graph may do either: changed messages in delta by their changes, or whole; null as the environment says.</param>
    /// <param name="bodies">Where Graph may do either: bodies of lists and delta in HTML, or as preferred; null as the environment says.</param>
    /// <param name="mailbox">Changes to the seed's mailbox fields, e.g. <c>account</c>, <c>accessToken</c> and <c>scopes</c>, <c>workingHours</c>.</param>
    public static async Task<SandboxWorld> StartAsync(
        IEnumerable<SeedMessage> messages,
        DateTimeOffset? start = null,
        DeltaUpdates? deltaUpdates = null,
        CollectionBodies? bodies = null,
        Action<Dictionary<string, object?>>? mailbox = null)
    {
        var root = Directory.CreateTempSubdirectory("outreach-worker-tests-").FullName;
        var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        var seed = new Dictionary<string, object?>
        {
            ["id"] = MailboxId,
            ["address"] = "amira.haddad@outlook.example",
            ["displayName"] = "Amira Haddad",
            ["timeZone"] = "Eastern Standard Time",
            ["messages"] = messages,
        };
        mailbox?.Invoke(seed);
        await File.WriteAllTextAsync(Path.Combine(seeds, "amira.json"), JsonSerializer.Serialize(seed, Json));
        var clock = new FakeTimeProvider(start ?? DefaultStart);
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            Behaviour = SandboxBehaviourUnderTest.FromEnvironment(deltaUpdates, bodies),
            DatabasePath = Path.Combine(root, "sandbox.db"),
            SeedDirectory = seeds,
            TimeProvider = clock,
        });
        return new SandboxWorld(root, clock, sandbox, seed.GetValueOrDefault("accessToken") as string ?? sandbox.AccessToken);
    }

    /// <summary>Settings a test adds or replaces, on top of <see cref="Settings"/>.</summary>
    public Dictionary<string, string?> Overrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(BaseSettings.Concat(Overrides).GroupBy(p => p.Key).Select(g => g.Last()));

    private Dictionary<string, string?> BaseSettings => new()
    {
        [$"{GraphOptions.SectionName}:Mode"] = "Remote",
        [$"{GraphOptions.SectionName}:BaseUrl"] = Sandbox.BaseUrl.ToString(),
        [$"{GraphOptions.SectionName}:AccessToken"] = Token,
        [$"{AuthOptions.SectionName}:Mode"] = "AccessToken",
        [$"{GraphOptions.SectionName}:PageSize"] = "4",
        [$"{StorageOptions.SectionName}:DataDirectory"] = Path.Combine(Root, "data"),
        [$"{MailboxesOptions.SectionName}:0:Id"] = MailboxId,
        [$"{MailboxesOptions.SectionName}:0:User"] = "me",
        [$"{DraftingOptions.SectionName}:Signature"] = "Amira Haddad",
    };

    public IHost BuildHost(HostMode mode, Action<IServiceCollection>? services = null) =>
        OutreachHost.Build(mode, Settings, Clock, Root, services);

    /// <summary>What <c>outreach run --once</c> does, in a host of its own that is gone afterwards.</summary>
    public async Task<int> RunOnceAsync(Action<IServiceCollection>? services = null)
    {
        using var host = BuildHost(HostMode.Command, services);
        await host.StartAsync();
        try
        {
            return (await host.Services.GetRequiredService<OnceRunner>().RunAsync(CancellationToken.None)).Created;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>What <c>outreach run --once --dry-run</c> does, in a host of its own that is gone afterwards (with its scratch folder).</summary>
    public async Task<OnceRunResult> DryRunAsync(Action<IServiceCollection>? services = null)
    {
        using var host = BuildHost(HostMode.DryRun, services);
        await host.StartAsync();
        try
        {
            return await host.Services.GetRequiredService<OnceRunner>().RunAsync(CancellationToken.None);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public async Task<IReadOnlyList<ThreadStatus>> StatusAsync() => (await SnapshotAsync()).Threads;

    /// <summary>What <c>outreach status</c> reads: the mailboxes and every tracked thread.</summary>
    public async Task<StatusSnapshot> SnapshotAsync()
    {
        using var host = BuildHost(HostMode.Command);
        return await host.Services.GetRequiredService<StatusReport>().ReadAsync(CancellationToken.None);
    }

    /// <summary>What <c>outreach drafts</c> reads: every unsent draft the service made, from the mailbox as it is now.</summary>
    public async Task<DraftsSnapshot> UnsentDraftsAsync()
    {
        using var host = BuildHost(HostMode.Command);
        return await host.Services.GetRequiredService<DraftsReport>().ReadAsync(CancellationToken.None);
    }

    public async Task<JsonElement> DeliverAsync(SeedMessage message)
    {
        using var response = await admin.PostAsJsonAsync(new Uri($"{Sandbox.AdminUrl}/mailboxes/{MailboxId}/messages"), message, Json);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    /// <summary>Deletes a message as the user's mail client would: through Graph, into Deleted Items.</summary>
    public async Task DeleteMessageAsync(string messageId)
    {
        using var response = await SendToGraphAsync(HttpMethod.Delete, $"me/messages/{messageId}");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Changes a message as the user's mail client would (read, flag, categories): through Graph.</summary>
    public async Task PatchMessageAsync(string messageId, string json)
    {
        using var response = await SendToGraphAsync(HttpMethod.Patch, $"me/messages/{messageId}", json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Moves a message as the user's mail client would: through Graph, without asking for immutable ids.</summary>
    public async Task<string> MoveMessageAsync(string messageId, string destination)
    {
        using var response = await SendToGraphAsync(HttpMethod.Post, $"me/messages/{messageId}/move", $$"""{"destinationId":"{{destination}}"}""");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetString()!;
    }

    /// <summary>A message as Graph serves it (bodies in their own format, HTML by default), unlike the admin view's text.</summary>
    public async Task<JsonElement> GraphMessageAsync(string messageId, string select = "body")
    {
        using var response = await SendToGraphAsync(HttpMethod.Get, $"me/messages/{messageId}?$select={select}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    /// <summary>Changes mailboxSettings through the admin endpoint, e.g. the working hours.</summary>
    public async Task UpdateSettingsAsync(Action<System.Text.Json.Nodes.JsonObject> change)
    {
        var uri = new Uri($"{Sandbox.AdminUrl}/mailboxes/{MailboxId}/settings");
        var settings = (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(uri, Json))!;
        change(settings);
        using var response = await admin.PutAsJsonAsync(uri, settings, Json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Adds a fault rule to the sandbox (its admin <c>/faults</c> shape: method, status, code, count...).</summary>
    public async Task AddFaultAsync(object rule)
    {
        using var response = await admin.PostAsJsonAsync(new Uri($"{Sandbox.AdminUrl}/faults"), rule, Json);
        response.EnsureSuccessStatusCode();
    }

    public async Task ExpireDeltaTokensAsync()
    {
        using var response = await admin.PostAsync(new Uri($"{Sandbox.AdminUrl}/mailboxes/{MailboxId}/expire-delta-tokens"), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every message in the mailbox, as the sandbox's admin view lists them.</summary>
    public async Task<IReadOnlyList<JsonElement>> MessagesAsync()
    {
        var all = await admin.GetFromJsonAsync<JsonElement>(new Uri($"{Sandbox.AdminUrl}/mailboxes/{MailboxId}/messages"), Json);
        var list = all.ValueKind == JsonValueKind.Array ? all : all.GetProperty("value");
        return [.. list.EnumerateArray()];
    }

    /// <summary>The drafts in the mailbox, wherever they are.</summary>
    public async Task<IReadOnlyList<JsonElement>> DraftsAsync() =>
        [.. (await MessagesAsync()).Where(m => m.GetProperty("isDraft").GetBoolean())];

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        await Sandbox.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished host's pool is no reason to fail a test.
        }
    }

    private async Task<HttpResponseMessage> SendToGraphAsync(HttpMethod method, string relative, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri($"{Sandbox.BaseUrl}/{relative}"));
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Sandbox.AccessToken);
        return await admin.SendAsync(request);
    }
}
