using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutreachAssistant.Sandbox.Tests.Infrastructure;

/// <summary>A real sandbox on a temp SQLite file, with the Graph SDK and a raw HttpClient pointed at it.</summary>
public sealed class TestSandbox : IAsyncDisposable
{
    private TestSandbox(string directory, SandboxServer server, FakeTimeProvider clock)
    {
        Directory = directory;
        Server = server;
        Clock = clock;
        Http = new HttpClient();
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.AccessToken);
        var tokens = new StaticTokenProvider(server.AccessToken, server.BaseUrl.Host);
        GraphHttp = GraphClientFactory.Create();
        Graph = new GraphServiceClient(GraphHttp, new BaseBearerTokenAuthenticationProvider(tokens), server.BaseUrl.ToString());
    }

    /// <summary>Monday 2 March 2026, 15:00 UTC (10:00 in New York): where the sandbox's clock starts in these tests.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "sandbox.db");

    public SandboxServer Server { get; private set; }

    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; }

    private HttpClient GraphHttp { get; }

    public GraphServiceClient Graph { get; }

    public string Url(string relative) => $"{Server.BaseUrl}/{relative}";

    public static Task<TestSandbox> StartAsync(params JsonObject[] seeds) =>
        StartAsync(DeltaUpdates.ChangedProperties, CollectionBodies.AlwaysHtml, seeds);

    /// <summary>A sandbox switched to one of the two things Graph may do.</summary>
    public static async Task<TestSandbox> StartAsync(DeltaUpdates deltaUpdates, CollectionBodies bodies, params JsonObject[] seeds)
    {
        var directory = Path.Combine(Path.GetTempPath(), "sandbox-tests-" + Guid.NewGuid().ToString("N"));
        var seedDirectory = Path.Combine(directory, "seeds");
        System.IO.Directory.CreateDirectory(seedDirectory);
        for (var i = 0; i < seeds.Length; i++)
        {
            TestSeeds.Write(seedDirectory, $"{i:00}-mailbox.json", seeds[i]);
        }

        var clock = new FakeTimeProvider(DefaultStart);
        var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            DatabasePath = Path.Combine(directory, "sandbox.db"),
            SeedDirectory = seedDirectory,
            TimeProvider = clock,
            Behaviour = new SandboxBehaviour { DeltaUpdates = deltaUpdates, CollectionBodies = bodies },
        });
        return new TestSandbox(directory, server, clock);
    }

    public static SandboxOptions Options(string directory, TimeProvider clock, string? seedDirectory) => new()
    {
        DatabasePath = Path.Combine(directory, "sandbox.db"),
        SeedDirectory = seedDirectory,
        TimeProvider = clock,
    };

    /// <summary>Switches which of Graph's open behaviours the sandbox plays, through its admin endpoint.</summary>
    public async Task SetBehaviourAsync(string json)
    {
        using var response = await SendAsync(HttpMethod.Put, $"{Server.AdminUrl}/behaviour", json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Stops and starts the server on the same database file (seeds are not applied again);
    /// <paramref name="whileStopped"/> gets the file's path while nothing has it open.
    /// </summary>
    public async Task RestartAsync(Action<string>? whileStopped = null)
    {
        await Server.DisposeAsync();
        whileStopped?.Invoke(DatabasePath);
        Server = await SandboxServer.StartAsync(Options(Directory, Clock, Path.Combine(Directory, "seeds")));
    }

    public async Task<JsonObject> GetJsonAsync(string url, params (string Name, string Value)[] headers)
    {
        using var response = await SendAsync(HttpMethod.Get, url, null, headers);
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? json, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Http.SendAsync(request);
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public async Task<JsonArray> AdminMessagesAsync(string mailbox = "pat") =>
        (await GetJsonAsync($"{Server.AdminUrl}/mailboxes/{mailbox}/messages"))["value"]!.AsArray();

    public async Task<JsonObject> AdminMessageAsync(string key, string mailbox = "pat") =>
        (await AdminMessagesAsync(mailbox)).Single(m => (string?)m!["seedKey"] == key)!.AsObject();

    public async Task<JsonObject> DeliverAsync(JsonObject message, string mailbox = "pat")
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Server.AdminUrl}/mailboxes/{mailbox}/messages", message.ToJsonString());
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        GraphHttp.Dispose();
        await Server.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
