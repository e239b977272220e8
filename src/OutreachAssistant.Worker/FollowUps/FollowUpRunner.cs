using Microsoft.Extensions.Logging;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.DryRun;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Sync;
using OutreachAssistant.Worker.Telemetry;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.FollowUps;

/// <summary>
/// What a woken thread does: reload it and ask the planner from the store; only if it is due, refresh its
/// conversation and the contact's messages from the mailbox, ask again if they brought news, and make the
/// draft (a follow-up or a keep-in-touch update) only if the planner still says it is due. A dry run's mailbox is
/// read-only: the draft is noted (<see cref="PlannedDrafts"/>) instead of made.
/// </summary>
public sealed partial class FollowUpRunner(
    ThreadStore threads,
    MessageLog messages,
    MailboxConnections connections,
    ThreadPlanning planning,
    DraftWriter drafts,
    PlannedDrafts planned,
    TrackingPassWriter passes,
    TimeProvider clock,
    ILogger<FollowUpRunner> logger)
{
    /// <summary>How long a stopping service waits, at most, for a thread to be planned after its draft was made.</summary>
    private static readonly TimeSpan PlanAfterDraftWithin = TimeSpan.FromSeconds(15);

    /// <remarks><c>Done: N</c> counts what <see cref="DraftWriter.Recorded"/> says, settled drafts included.</remarks>
    public Task RunAsync(string threadId, CancellationToken cancellationToken) => RunAsync(threadId, null, cancellationToken);

    /// <param name="threadId">The thread woken.</param>
    /// <param name="pass">
    /// The mailbox's store read in bulk beforehand, to plan the thread from first, its plan held with the others' to be
    /// written together; null to read the thread alone and save its plan at once. A thread that goes on to its
    /// mailbox has the pass written first.
    /// </param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Whether the thread went on to its mailbox (read afresh, a draft made): then the pass is written and the store has changed since it was read.</returns>
    public async Task<bool> RunAsync(string threadId, TrackingPass? pass, CancellationToken cancellationToken)
    {
        using var activity = OutreachActivities.StartFollowUp(threadId);
        try
        {
            return await RunTracedAsync(threadId, pass, activity, cancellationToken);
        }
        catch (Exception ex)
        {
            OutreachActivities.Failed(activity, ex);
            throw;
        }
    }

    private async Task<bool> RunTracedAsync(string threadId, TrackingPass? pass, System.Diagnostics.Activity? activity, CancellationToken cancellationToken)
    {
        var held = pass?.Facts.GetThread(threadId);
        var thread = held ?? await threads.GetAsync(threadId, cancellationToken);
        if (thread is null)
        {
            LogUnknownThread(logger, threadId);
            return false;
        }

        // First from what the store knows: a thread that is not due (a daily limit holds it back, an answer came)
        // costs no Graph request. Newer mail can only hold a due thread back, never make a waiting one due.
        activity?.SetTag(OutreachActivities.MailboxTag, thread.MailboxId);
        (thread, var plan) = held is null
            ? await planning.ReplanAsync(thread, clock.GetUtcNow(), cancellationToken)
            : await planning.ReplanAsync(thread, clock.GetUtcNow(), pass!, cancellationToken);
        if (plan.Draft is null)
        {
            return false;
        }

        if (pass is { IsWritten: false })
        {
            // What follows reads and writes the store thread by thread: the plans held so far go in first.
            await passes.WriteAsync(pass, clock.GetUtcNow(), cancellationToken);
            thread = await threads.GetAsync(threadId, cancellationToken) ?? thread;
        }

        OutreachMetrics.ThreadDue(thread.MailboxId);

        // Due: the conversation and the contact's mail are read afresh (an answer may sit in a folder the sync does
        // not watch), and the thread is planned again if they brought anything the store had not tracked, or if
        // the message the draft would answer is not among them as stored (moved under a mutable id: the store
        // now holds its new id).
        var mailbox = await connections.GetAsync(thread.MailboxId, cancellationToken);
        var owner = mailbox.Profile.Owner;
        var fresh = (await mailbox.GetConversationAsync(thread.ConversationId, cancellationToken))
            .Concat(await mailbox.GetMessagesFromAsync(thread.ContactAddress, cancellationToken))
            .DistinctBy(m => m.Id)
            .Select(m => MessageRecords.ToRecord(thread.MailboxId, m, owner))
            .ToList();
        var news = await messages.UpsertAsync(fresh, cancellationToken);
        if (news.Count > 0 || !fresh.Any(m => m.MessageId == plan.Draft.ReplyToMessageId))
        {
            (thread, plan) = await planning.ReplanAsync(thread, clock.GetUtcNow(), cancellationToken);
            if (plan.Draft is null)
            {
                return true;
            }
        }

        // The plan numbered the draft from the thread as read above. Should another process have added one since,
        // the writer finds that key already made (store, then mailbox) and makes nothing twice.
        if (mailbox.IsReadOnly)
        {
            await planned.NoteAsync(thread, plan, cancellationToken);
        }
        else
        {
            await drafts.EnsureDraftAsync(mailbox, thread, plan.Draft, cancellationToken);
        }

        // The draft is on record. A stopping service cancels the job's token, yet the thread's new plan follows the
        // draft all the same: else the store would call the thread due, its draft waiting, until the next start.
        using var finishing = new CancellationTokenSource(PlanAfterDraftWithin);
        var updated = await threads.GetAsync(threadId, finishing.Token) ?? thread;
        await planning.ReplanAsync(updated, clock.GetUtcNow(), finishing.Token);
        return true;
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "Thread {ThreadId} was woken but is not in the store; ignoring")]
    private static partial void LogUnknownThread(ILogger logger, string threadId);
}
