using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Graph;
using OutreachAssistant.Sandbox;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Mailboxes;

/// <summary>
/// One connected <see cref="GraphMailbox"/> per configured mailbox, made on first use. In sandbox mode the
/// embedded sandbox is started first and the same Graph code talks to it over loopback HTTP.
/// </summary>
public sealed partial class MailboxConnections(
    IOptions<GraphOptions> graph,
    IOptions<MailboxesOptions> mailboxes,
    OutreachPaths paths,
    TimeProvider clock,
    ILogger<MailboxConnections> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, GraphMailbox> connected = new(StringComparer.OrdinalIgnoreCase);
    private SandboxServer? sandbox;
    private Microsoft.Graph.GraphServiceClient? client;

    public IReadOnlyList<string> MailboxIds => [.. mailboxes.Value.Items.Select(m => m.Id)];

    public async Task<GraphMailbox> GetAsync(string mailboxId, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (connected.TryGetValue(mailboxId, out var existing))
            {
                return existing;
            }

            var options = mailboxes.Value.Items.FirstOrDefault(m => string.Equals(m.Id, mailboxId, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"No mailbox \"{mailboxId}\" is configured under Mailboxes.");
            client ??= await CreateClientAsync(cancellationToken);
            var mailbox = new GraphMailbox(client, options.User, graph.Value.PageSize);
            await mailbox.ConnectAsync(cancellationToken);
            LogConnected(logger, mailboxId);
            connected[mailboxId] = mailbox;
            return mailbox;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }

        gate.Dispose();
    }

    private async Task<Microsoft.Graph.GraphServiceClient> CreateClientAsync(CancellationToken cancellationToken)
    {
        if (graph.Value.Mode == GraphConnectionMode.Remote)
        {
            var baseUrl = graph.Value.BaseUrl;
            return GraphClients.Create(baseUrl, new StaticAccessTokenProvider(graph.Value.AccessToken!, baseUrl));
        }

        Directory.CreateDirectory(paths.DataDirectory);
        sandbox = await SandboxServer.StartAsync(
            new SandboxOptions
            {
                DatabasePath = paths.SandboxDatabase,
                SeedDirectory = paths.SeedDirectory,
                TimeProvider = clock,
            },
            cancellationToken);
        LogSandboxStarted(logger, sandbox.BaseUrl);
        return GraphClients.Create(sandbox.BaseUrl, new StaticAccessTokenProvider(sandbox.AccessToken, sandbox.BaseUrl));
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Connected mailbox {MailboxId}")]
    private static partial void LogConnected(ILogger logger, string mailboxId);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Embedded sandbox mailbox listening at {BaseUrl}")]
    private static partial void LogSandboxStarted(ILogger logger, Uri baseUrl);
}
