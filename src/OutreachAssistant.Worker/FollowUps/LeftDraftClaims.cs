using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// Before a mailbox syncs, the claims a stopped process left on its draft keys are settled: a draft killed between
/// <c>createReply</c> and its record is recorded (and its thread planned again), one never made is let go. Without
/// this a claim waits until its thread is due again, which may be never (the contact answers, or a daily limit
/// picks other contacts first), and meanwhile the draft is in the mailbox but counts for nothing: not for a
/// limit, and not for marking it stale when the contact answers. A dry run leaves them to the next real run:
/// settling writes and moves the draft it finds.
/// </summary>
public sealed partial class LeftDraftClaims(
    IDraftLedger ledger,
    ThreadStore threads,
    DraftWriter drafts,
    ThreadPlanning planning,
    HostInstance host,
    TimeProvider clock,
    ILogger<LeftDraftClaims> logger)
{
    public async Task SettleAsync(string mailboxId, GraphMailbox mailbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        if (mailbox.IsReadOnly)
        {
            return;
        }

        var left = (await ledger.ListClaimsAsync(cancellationToken)).Where(c => c.Holder != host.Id).ToList();
        foreach (var claim in left)
        {
            var thread = await threads.GetAsync(claim.ThreadId, cancellationToken);
            if (thread is null || !string.Equals(thread.MailboxId, mailboxId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (DraftSlot.FromKey(claim.DraftKey) is not { } slot)
            {
                LogUnknownKey(logger, thread.Id);
                continue;
            }

            if (await drafts.SettleLeftClaimAsync(mailbox, thread, slot, cancellationToken) is not null)
            {
                var recorded = await threads.GetAsync(thread.Id, cancellationToken) ?? thread;
                await planning.ReplanAsync(recorded, clock.GetUtcNow(), cancellationToken);
            }
        }
    }

    [LoggerMessage(EventId = 505, Level = LogLevel.Warning, Message = "A draft claim on thread {ThreadId} has a key of an unknown form; it is left alone")]
    private static partial void LogUnknownKey(ILogger logger, string threadId);
}
