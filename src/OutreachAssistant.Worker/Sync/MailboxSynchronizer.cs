using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.Sync;

/// <summary>
/// Reads the changes of Inbox and Sent Items since the last delta links, keeps their metadata, hands the
/// messages not yet tracked to the tracker, and only then marks them tracked and moves the delta links on. A
/// crash at any instant leaves the old links, so the next sync reads the same changes again and tracks what
/// was cut short (tracking a message twice changes nothing). An expired delta link means a full resync, which
/// finds the same threads again.
/// </summary>
public sealed partial class MailboxSynchronizer(
    MailboxConnections connections,
    OutreachStore store,
    OutreachTracker tracker,
    TimeProvider clock,
    ILogger<MailboxSynchronizer> logger)
{
    // Inbox first, so that a sent reply's conversation already holds the message it answers.
    private static readonly string[] Folders = ["inbox", "sentitems"];

    public async Task SyncAsync(string mailboxId, CancellationToken cancellationToken)
    {
        var mailbox = await connections.GetAsync(mailboxId, cancellationToken);
        var owner = mailbox.Profile.Owner;
        await store.SetMailboxTimeZoneAsync(mailboxId, mailbox.Profile.TimeZone, mailbox.Profile.TimeZoneAssumption, clock.GetUtcNow(), cancellationToken);
        var untracked = new List<MailMessage>();
        var links = new List<(string Folder, string DeltaLink)>();
        foreach (var folder in Folders)
        {
            var round = await ReadFolderAsync(mailboxId, mailbox, folder, cancellationToken);
            var entities = round.Changed.Select(m => MessageRecords.ToEntity(mailboxId, m, owner)).ToList();
            var toTrack = await store.UpsertMessagesAsync(entities, cancellationToken);
            untracked.AddRange(round.Changed.Where(m => toTrack.Contains(m.Id)));

            // A message reported by its changes alone is merged into its row, never tracked as new mail.
            foreach (var unknown in await store.MergeMessageChangesAsync(mailboxId, round.Updated, cancellationToken))
            {
                LogUnknownChange(logger, mailboxId, folder, unknown);
            }

            links.Add((folder, round.DeltaLink));
            foreach (var skipped in round.Skipped)
            {
                LogSkipped(logger, mailboxId, folder, skipped.Reason);
            }

            await store.RecordSkippedAsync(mailboxId, folder, [.. round.Skipped.Select(s => (s.MessageId, s.Reason))], clock.GetUtcNow(), cancellationToken);

            LogFolderSynced(logger, mailboxId, folder, round.Changed.Count, round.RemovedIds.Count);
        }

        await tracker.TrackAsync(mailboxId, mailbox, untracked, clock.GetUtcNow(), cancellationToken);
        await store.MarkTrackedAsync(mailboxId, [.. untracked.Select(m => m.Id)], clock.GetUtcNow(), cancellationToken);
        foreach (var (folder, deltaLink) in links)
        {
            await store.SaveDeltaLinkAsync(mailboxId, folder, deltaLink, clock.GetUtcNow(), cancellationToken);
        }
    }

    private async Task<DeltaRound> ReadFolderAsync(string mailboxId, GraphMailbox mailbox, string folder, CancellationToken cancellationToken)
    {
        var link = await store.GetDeltaLinkAsync(mailboxId, folder, cancellationToken);
        try
        {
            return await mailbox.DeltaAsync(folder, link, cancellationToken);
        }
        catch (SyncStateLostException)
        {
            LogResync(logger, mailboxId, folder);
            return await mailbox.DeltaAsync(folder, null, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Synced {MailboxId}/{Folder}: {Changed} changed, {Removed} removed")]
    private static partial void LogFolderSynced(ILogger logger, string mailboxId, string folder, int changed, int removed);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "The delta link of {MailboxId}/{Folder} expired; reading the folder again from the start")]
    private static partial void LogResync(ILogger logger, string mailboxId, string folder);

    [LoggerMessage(EventId = 420, Level = LogLevel.Debug, Message = "A change to message {MessageId} in {MailboxId}/{Folder}, which was never stored, was left alone")]
    private static partial void LogUnknownChange(ILogger logger, string mailboxId, string folder, string messageId);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "Skipped a message in {MailboxId}/{Folder}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string mailboxId, string folder, string reason);
}
