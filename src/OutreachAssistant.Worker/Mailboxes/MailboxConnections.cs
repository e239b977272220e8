using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using OutreachAssistant.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Sandbox;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.DryRun;

namespace OutreachAssistant.Worker.Mailboxes;

/// <summary>
/// One connected <see cref="GraphMailbox"/> per configured mailbox, made on first use; mailboxes connect
/// independently, so a slow one does not hold up the rest. What a connection learns of a mailbox is kept in the
/// store and taken up again for <see cref="SyncOptions.ProfileRefresh"/>, so an idle sync asks Graph only for its
/// deltas; a profile whose zone had to be assumed is read again each time (more sent mail may settle it). In
/// sandbox mode the embedded sandbox is started first and the same Graph code talks to it over loopback HTTP.
/// A dry run's mailboxes are opened read-only: they refuse every write before it reaches Graph.
/// </summary>
public sealed partial class MailboxConnections(
    IOptions<GraphOptions> graph,
    IOptions<GraphResilienceOptions> resilience,
    IOptions<MailboxesOptions> mailboxes,
    IOptions<AuthOptions> auth,
    IOptions<EmbeddedSandboxOptions> embedded,
    IOptions<SyncOptions> sync,
    MailboxProfiles profiles,
    ICredentialSource credentials,
    GraphTransport transport,
    OutreachPaths paths,
    StateFolder state,
    TimeProvider clock,
    ILogger<MailboxConnections> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<GraphMailbox>>> connected = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim clientGate = new(1, 1);
    private SandboxServer? sandbox;
    private GraphServiceClient? client;

    public IReadOnlyList<string> MailboxIds => [.. mailboxes.Value.Items.Select(m => m.Id)];

    /// <summary>
    /// A mailbox that asks Graph who it is and how its clock runs, whatever the store remembers (for <c>doctor</c> and
    /// <c>probe</c>, which are there to check Graph answers). Nothing is stored.
    /// </summary>
    public async Task<GraphMailbox> ConnectAfreshAsync(string mailboxId, CancellationToken cancellationToken) =>
        await (await ConnectorAsync(mailboxId, cancellationToken)).ConnectAsync(cancellationToken);

    public async Task<GraphMailbox> GetAsync(string mailboxId, CancellationToken cancellationToken)
    {
        var connection = connected.GetOrAdd(mailboxId, id => new Lazy<Task<GraphMailbox>>(() => ConnectAsync(id, cancellationToken)));
        try
        {
            return await connection.Value;
        }
        catch
        {
            // A failed connection is tried afresh next time.
            connected.TryRemove(new KeyValuePair<string, Lazy<Task<GraphMailbox>>>(mailboxId, connection));
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }

        clientGate.Dispose();
    }

    private async Task<GraphMailbox> ConnectAsync(string mailboxId, CancellationToken cancellationToken)
    {
        var connector = await ConnectorAsync(mailboxId, cancellationToken);
        if (await KnownProfileAsync(mailboxId, cancellationToken) is { } known)
        {
            LogResumed(logger, mailboxId);
            return connector.Resume(known);
        }

        var mailbox = await connector.ConnectAsync(cancellationToken);
        var profile = mailbox.Profile;
        // A profile with an assumed zone is not kept for reuse: the next connection may learn the zone.
        var keep = profile.TimeZoneAssumption is null ? StoredMailboxProfile.Write(profile) : null;
        await profiles.SaveAsync(mailboxId, keep, profile.TimeZone, profile.TimeZoneAssumption, clock.GetUtcNow(), cancellationToken);
        LogConnected(logger, mailboxId);
        if (profile.TimeZoneAssumption is { } assumed)
        {
            LogClockAssumed(logger, mailboxId, assumed);
        }

        return mailbox;
    }

    /// <summary>The profile an earlier connection stored (one with nothing assumed), while it is younger than <see cref="SyncOptions.ProfileRefresh"/>.</summary>
    private async Task<MailboxProfile?> KnownProfileAsync(string mailboxId, CancellationToken cancellationToken)
    {
        if (sync.Value.ProfileRefresh <= TimeSpan.Zero || await profiles.FindAsync(mailboxId, cancellationToken) is not { } stored)
        {
            return null;
        }

        var age = clock.GetUtcNow() - stored.ReadAt;
        return age >= TimeSpan.Zero && age < sync.Value.ProfileRefresh ? StoredMailboxProfile.Read(stored.Profile) : null;
    }

    private async Task<GraphMailboxConnector> ConnectorAsync(string mailboxId, CancellationToken cancellationToken)
    {
        var options = mailboxes.Value.Items.FirstOrDefault(m => string.Equals(m.Id, mailboxId, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No mailbox \"{mailboxId}\" is configured under Mailboxes.");
        return new GraphMailboxConnector(await GetClientAsync(cancellationToken), options.User, new GraphMailboxSettings(graph.Value.PageSize, clock, state.IsDryRun, options.Id));
    }

    private async Task<GraphServiceClient> GetClientAsync(CancellationToken cancellationToken)
    {
        await clientGate.WaitAsync(cancellationToken);
        try
        {
            return client ??= await CreateClientAsync(cancellationToken);
        }
        finally
        {
            clientGate.Release();
        }
    }

    private async Task<GraphServiceClient> CreateClientAsync(CancellationToken cancellationToken)
    {
        // Waiting out a Retry-After is real time on the wire, whatever clock the planner is given.
        var wire = TimeProvider.System;
        if (graph.Value.Mode == GraphConnectionMode.Remote)
        {
            var baseUrl = graph.Value.BaseUrl;
            IAccessTokenProvider tokens = auth.Value.Mode == AuthMode.AccessToken
                ? new StaticAccessTokenProvider(graph.Value.AccessToken!, baseUrl)
                : new CredentialAccessTokenProvider(await credentials.ForServiceAsync(cancellationToken), GraphScopes.For(auth.Value), baseUrl);
            return GraphClients.Create(baseUrl, tokens, resilience.Value, wire, transport.CreateHandler?.Invoke());
        }

        Directory.CreateDirectory(paths.DataDirectory);
        sandbox = await SandboxServer.StartAsync(
            new SandboxOptions
            {
                DatabasePath = paths.SandboxDatabase,
                SeedDirectory = paths.SeedDirectory,
                TimeProvider = clock,
                Behaviour = embedded.Value.Behaviour,
            },
            cancellationToken);
        LogSandboxStarted(logger, sandbox.BaseUrl);
        return GraphClients.Create(sandbox.BaseUrl, new StaticAccessTokenProvider(sandbox.AccessToken, sandbox.BaseUrl), resilience.Value, wire, transport.CreateHandler?.Invoke());
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Connected mailbox {MailboxId}")]
    private static partial void LogConnected(ILogger logger, string mailboxId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Mailbox {MailboxId}: what the last connection learnt is taken up again")]
    private static partial void LogResumed(ILogger logger, string mailboxId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Mailbox {MailboxId}: {Assumption}")]
    private static partial void LogClockAssumed(ILogger logger, string mailboxId, string assumption);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Embedded sandbox mailbox listening at {BaseUrl}")]
    private static partial void LogSandboxStarted(ILogger logger, Uri baseUrl);
}
