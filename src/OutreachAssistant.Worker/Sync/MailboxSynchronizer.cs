using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Telemetry;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.Sync;

/// <summary>
/// Reads the changes of Inbox and Sent Items since the last delta links page by page, keeps their metadata,
/// hands the messages not yet tracked to the tracker, and only then marks them tracked and moves the delta
/// links on. A crash at any instant leaves the old links, so the next sync reads the same changes again and
/// tracks what was cut short (tracking a message twice changes nothing). An expired delta link means a full
/// resync, which finds the same threads again. Mail older than <see cref="SyncOptions.History"/> is left out.
/// Drafts a stopped process left half made are settled first (<see cref="LeftDraftClaims"/>).
/// </summary>
public sealed partial class MailboxSynchronizer(
    MailboxConnections connections,
    SyncCursors cursors,
    MessageLog messages,
    SkippedMessageLog skips,
    OutreachTracker tracker,
    ThreadStore threads,
    LeftDraftClaims leftClaims,
    SyncProgress progress,
    IOptions<SyncOptions> options,
    TimeProvider clock,
    ILogger<MailboxSynchronizer> logger)
{
    // Sent Items first: whom the user wrote to is then known when the Inbox is read, and only their mail is read
    // for the names it is signed with (UntrackedMail). Both are stored before anything is tracked.
    public static IReadOnlyList<string> Folders { get; } = ["sentitems", "inbox"];

    // A first sync of years of mail takes minutes; say how far it is every this many messages.
    private const int ProgressEvery = 1000;

    /// <summary>One sync of the mailbox, measured (<see cref="OutreachMetrics"/>) and traced (<see cref="OutreachActivities"/>).</summary>
    public async Task SyncAsync(string mailboxId, CancellationToken cancellationToken)
    {
        using var activity = OutreachActivities.StartSync(mailboxId);
        var started = clock.GetTimestamp();
        try
        {
            await SyncFoldersAsync(mailboxId, cancellationToken);
            OutreachMetrics.Synced(mailboxId, ok: true, clock.GetElapsedTime(started));
        }
        catch (Exception ex)
        {
            OutreachMetrics.Synced(mailboxId, ok: false, clock.GetElapsedTime(started));
            OutreachActivities.Failed(activity, ex);
            throw;
        }
    }

    private async Task SyncFoldersAsync(string mailboxId, CancellationToken cancellationToken)
    {
        var mailbox = await connections.GetAsync(mailboxId, cancellationToken);
        // Before the changes are read, so that a reply among them finds the left draft on record and marks it stale.
        await leftClaims.SettleAsync(mailboxId, mailbox, cancellationToken);
        var untracked = new UntrackedMail(mailbox.Profile.Owner, await threads.ListContactKeysAsync(mailboxId, cancellationToken));
        var readFrom = clock.GetUtcNow() - options.Value.History;
        var links = new List<(string Folder, string DeltaLink)>();
        foreach (var folder in Folders)
        {
            var read = new FolderRead(mailboxId, mailbox, folder, readFrom, untracked);
            var link = await cursors.GetDeltaLinkAsync(mailboxId, folder, cancellationToken);
            FolderRound round;
            try
            {
                round = await ReadFolderAsync(read, link, cancellationToken);
            }
            catch (SyncStateLostException)
            {
                LogResync(logger, mailboxId, folder);
                round = await ReadFolderAsync(read, null, cancellationToken);
            }

            links.Add((folder, round.DeltaLink));
            LogFolderSynced(logger, mailboxId, folder, round.Changed, round.Removed);
        }

        await tracker.TrackAsync(mailboxId, mailbox, untracked, clock.GetUtcNow(), cancellationToken);
        await messages.MarkTrackedAsync(mailboxId, [.. untracked.Ids], clock.GetUtcNow(), cancellationToken);
        foreach (var (folder, deltaLink) in links)
        {
            await cursors.SaveDeltaLinkAsync(mailboxId, folder, deltaLink, clock.GetUtcNow(), cancellationToken);
        }
    }

    /// <summary>Stores a folder's delta page by page; the pages' untracked messages go to <see cref="FolderRead.Untracked"/>.</summary>
    private async Task<FolderRound> ReadFolderAsync(FolderRead read, string? link, CancellationToken cancellationToken)
    {
        var (mailboxId, mailbox, folder, readFrom, untracked) = read;
        var owner = mailbox.Profile.Owner;
        var (changed, removed, seen, reported) = (0, 0, 0, 0);
        await foreach (var page in mailbox.DeltaPagesAsync(folder, link, cancellationToken).OneAheadAsync(cancellationToken))
        {
            var kept = page.Changed.Where(m => readFrom is not { } from || m.At >= from).ToList();
            var toTrack = await messages.UpsertAsync([.. kept.Select(m => MessageRecords.ToRecord(mailboxId, m, owner))], untracked.Restyled, cancellationToken);
            untracked.Add(kept.Where(m => toTrack.Contains(m.Id)));

            // A message reported by its changes alone is merged into its row, never tracked as new mail.
            foreach (var unknown in await messages.MergeChangesAsync(mailboxId, page.Updated, untracked.Restyled, cancellationToken))
            {
                LogUnknownChange(logger, mailboxId, folder, unknown);
            }

            foreach (var skipped in page.Skipped)
            {
                LogSkipped(logger, mailboxId, folder, skipped.Reason);
                OutreachMetrics.MessageSkipped(mailboxId, skipped.Reason);
            }

            await skips.RecordAsync(mailboxId, folder, [.. page.Skipped.Select(s => (s.MessageId, s.Reason))], clock.GetUtcNow(), cancellationToken);
            (changed, removed) = (changed + kept.Count, removed + page.RemovedIds.Count);
            seen += page.Changed.Count + page.Updated.Count + page.Skipped.Count;
            progress.Read(mailboxId, folder, seen);
            if (page.NextLink is not null && seen / ProgressEvery > reported)
            {
                reported = seen / ProgressEvery;
                LogProgress(logger, mailboxId, folder, seen);
            }

            if (page.DeltaLink is { } deltaLink)
            {
                progress.Done(mailboxId, folder, seen);
                return new FolderRound(deltaLink, changed, removed);
            }
        }

        throw new MalformedMessageException($"the delta of folder {folder} ended without a delta link");
    }

    private sealed record FolderRead(string MailboxId, GraphMailbox Mailbox, string Folder, DateTimeOffset? ReadFrom, UntrackedMail Untracked);

    private sealed record FolderRound(string DeltaLink, int Changed, int Removed);

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Synced {MailboxId}/{Folder}: {Changed} changed, {Removed} removed")]
    private static partial void LogFolderSynced(ILogger logger, string mailboxId, string folder, int changed, int removed);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "The delta link of {MailboxId}/{Folder} expired; reading the folder again from the start")]
    private static partial void LogResync(ILogger logger, string mailboxId, string folder);

    [LoggerMessage(EventId = 403, Level = LogLevel.Information, Message = "Reading {MailboxId}/{Folder}: {Read} messages so far")]
    private static partial void LogProgress(ILogger logger, string mailboxId, string folder, int read);

    [LoggerMessage(EventId = 420, Level = LogLevel.Debug, Message = "A change to message {MessageId} in {MailboxId}/{Folder}, which was never stored, was left alone")]
    private static partial void LogUnknownChange(ILogger logger, string mailboxId, string folder, string messageId);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "Skipped a message in {MailboxId}/{Folder}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string mailboxId, string folder, string reason);
}
