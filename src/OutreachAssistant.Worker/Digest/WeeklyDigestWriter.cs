using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Digest;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Locking;
using OutreachAssistant.Worker.Mailboxes;

namespace OutreachAssistant.Worker.Digest;

/// <summary>
/// Puts the week's digest in a mailbox's Inbox once it is due, exactly once: the week is looked up in our record,
/// claimed there (of two processes, one holds it), looked up in the mailbox by its key (a crash may have left it
/// made but unrecorded), and only then made and recorded. A mailbox with no outreach gets none, and neither does
/// a dry run: its mailbox is read-only.
/// </summary>
public sealed partial class WeeklyDigestWriter(
    DigestLedger ledger,
    WeekInReviewReader reader,
    MailboxConnections connections,
    HostInstance host,
    DataFolderLock folder,
    StorageDatabase database,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<WeeklyDigestWriter> logger)
{
    /// <summary>The name the digest shows as its sender, beside the user's own address.</summary>
    public const string SenderName = "OutreachAssistant";

    /// <summary>A claim older than this, held by another process, was left by a crash: making a digest takes seconds.</summary>
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>The week each mailbox's digest is known made in: the service polls every few minutes, and needs not ask again.</summary>
    private readonly ConcurrentDictionary<string, DateOnly> madeWeeks = new(StringComparer.Ordinal);

    /// <returns>Whether a digest was put in the Inbox by this call.</returns>
    public async Task<bool> EnsureAsync(string mailboxId, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return false;
        }

        var mailbox = await connections.GetAsync(mailboxId, cancellationToken);
        var now = clock.GetUtcNow();
        var hours = MailboxWorkingHoursResolver.For(mailbox.Profile);
        if (mailbox.IsReadOnly || DigestWeek.At(now, hours, options.Value.Day) is not { } week
            || (madeWeeks.TryGetValue(mailboxId, out var made) && made == week.Starts))
        {
            return false;
        }

        if (await ledger.IsMadeAsync(mailboxId, week.Starts, cancellationToken))
        {
            madeWeeks[mailboxId] = week.Starts;
            return false;
        }

        if (!await reader.HasOutreachAsync(mailboxId, cancellationToken))
        {
            return false;
        }

        // On SQLite, holding the data folder, this process is the only live one on it: any other holder has died. On
        // PostgreSQL every node holds a folder of its own, and the database says whether a holder still runs.
        var takeOverBefore = database.IsPostgreSql ? DateTimeOffset.MinValue : folder.IsHeld ? DateTimeOffset.MaxValue : now - ClaimLease;
        if (!await ledger.ClaimAsync(mailboxId, week.Starts, host.Id, now, takeOverBefore, cancellationToken))
        {
            return false;
        }

        var key = week.KeyFor(mailboxId);
        if (await mailbox.FindDraftStatesAsync(key, cancellationToken) is [var left, ..])
        {
            await ledger.RecordAsync(mailboxId, week.Starts, left.MessageId, now, cancellationToken);
            madeWeeks[mailboxId] = week.Starts;
            LogFound(logger, mailboxId, week.Starts);
            return false;
        }

        var review = await reader.ReadAsync(mailboxId, week, hours.Zone, cancellationToken);
        var digest = WeeklyDigestComposer.Compose(review, options.Value.Subject);
        var messageId = await mailbox.CreateInboxNoteAsync(new InboxNote(digest.Subject, digest.Body, key, SenderName), cancellationToken);
        await ledger.RecordAsync(mailboxId, week.Starts, messageId, clock.GetUtcNow(), cancellationToken);
        madeWeeks[mailboxId] = week.Starts;
        LogMade(logger, mailboxId, week.Starts);
        return true;
    }

    [LoggerMessage(EventId = 800, Level = LogLevel.Information, Message = "Put the weekly digest of the week of {WeekOf} in the Inbox of mailbox {MailboxId}")]
    private static partial void LogMade(ILogger logger, string mailboxId, DateOnly weekOf);

    [LoggerMessage(EventId = 801, Level = LogLevel.Information, Message = "Found the weekly digest of the week of {WeekOf} already in mailbox {MailboxId}; recording it instead of making another")]
    private static partial void LogFound(ILogger logger, string mailboxId, DateOnly weekOf);
}
