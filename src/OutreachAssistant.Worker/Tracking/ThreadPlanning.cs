using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Findings;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Scheduling;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// Asks the planner for a thread's whole plan from what the store knows, saves it and sets the wake-up, and
/// carries out what needs no new draft (drafts set aside, a bounce recorded, a stop remembered, the your-turn
/// category put on or taken off); the draft it orders is the caller's to make. The store is the truth; the scheduler only holds the next time to look again.
/// </summary>
public sealed partial class ThreadPlanning(
    ThreadStore threads,
    ThreadHistoryLoader histories,
    ThreadPlanner planner,
    IFollowUpScheduler scheduler,
    MailboxConnections connections,
    StaleDrafts staleDrafts,
    YourTurnMarks marks,
    UndeliverableContactFinding undeliverable,
    ILogger<ThreadPlanning> logger)
{
    /// <summary>Two writers race for a thread rarely; a third read that is still stale means something is wrong.</summary>
    private const int MaxAttempts = 3;

    /// <remarks>
    /// The thread may have been read before another writer saved it (a woken thread recording its draft while
    /// a sync planned from an older read, or another process). Then the save is refused, and the planner is
    /// asked again from what the store holds now.
    /// </remarks>
    /// <returns>The thread as saved, which the caller plans from next without reading it again, and its plan.</returns>
    public Task<PlannedThread> ReplanAsync(ThreadRecord thread, DateTimeOffset now, CancellationToken cancellationToken) =>
        PlanAsync(thread, now, null, null, cancellationToken);

    /// <summary>Plans the thread from its mailbox's facts read in bulk beforehand, the thread among them, and saves it at once; the facts then hold it as saved.</summary>
    public Task<PlannedThread> ReplanAsync(ThreadRecord thread, DateTimeOffset now, MailboxFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return PlanAsync(thread, now, facts, null, cancellationToken);
    }

    /// <summary>
    /// Plans the thread in a tracking pass: from the pass's facts, saved and its wake-up set with the rest of the pass
    /// at its end (<see cref="TrackingPassWriter"/>).
    /// </summary>
    /// <returns>The thread as planned, to be saved at the pass's end, and its plan.</returns>
    public Task<PlannedThread> ReplanAsync(ThreadRecord thread, DateTimeOffset now, TrackingPass pass, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        return PlanAsync(thread, now, pass.Facts, pass, cancellationToken);
    }

    private async Task<PlannedThread> PlanAsync(ThreadRecord thread, DateTimeOffset now, MailboxFacts? facts, TrackingPass? pass, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ReplanOnceAsync(thread, now, facts, pass, cancellationToken);
            }
            catch (StaleThreadException) when (attempt < MaxAttempts)
            {
                LogReadAgain(logger, thread.Id);
                thread = await threads.GetAsync(thread.Id, cancellationToken)
                    ?? throw new InvalidOperationException($"Thread {thread.Id} was removed while it was planned.");
                facts?.Replace(thread);
            }
        }
    }

    private async Task<PlannedThread> ReplanOnceAsync(ThreadRecord thread, DateTimeOffset now, MailboxFacts? facts, TrackingPass? pass, CancellationToken cancellationToken)
    {
        var history = facts is null ? await histories.LoadAsync(thread, cancellationToken) : await histories.LoadAsync(thread, facts, cancellationToken);
        var mailbox = await connections.GetAsync(thread.MailboxId, cancellationToken);
        var plan = planner.Plan(thread.ToOutreachThread(), history, now, MailboxWorkingHoursResolver.For(mailbox.Profile));
        var decision = plan.Decision;

        // The marks go on (or off) before the save: should they fail, the thread is planned again from what it was.
        await marks.ApplyAsync(mailbox, thread.Id, plan.Categories, cancellationToken);
        var planned = thread with
        {
            YourTurnMarkedOn = plan.YourTurnMarkedOn,
            State = decision.State,
            NextActionAt = decision.NextActionAt,
            WakeUpAt = decision.WakeUpAt,
            Reason = decision.Reason,
            UpdatedAt = now,
        };
        if (plan.Stop is { } stop)
        {
            planned = planned with { StoppedAt = stop.At, StoppedBy = stop.Source, StopCategory = stop.Category };
            LogStopped(logger, thread.Id, stop.Source);
        }

        ThreadRecord saved;
        if (pass is not null)
        {
            pass.Planned(planned);
            saved = planned;
        }
        else
        {
            saved = await threads.SaveAsync(planned, cancellationToken);
            facts?.Replace(saved);
            await (decision.WakeUpAt is { } at
                ? scheduler.ScheduleAsync(thread.Id, thread.MailboxId, at, cancellationToken)
                : scheduler.CancelAsync(thread.Id, cancellationToken));
        }

        foreach (var cause in plan.Retire.GroupBy(r => r.Cause).OrderBy(g => g.Key))
        {
            await staleDrafts.MarkAsync(mailbox, thread.Id, [.. cause.Select(r => r.Draft)], cause.Key, now, cancellationToken);
        }

        if (plan.Bounce is { } bounce)
        {
            await undeliverable.RecordAsync(thread, bounce.MessageId, bounce.At, MailboxTimeZone.Resolve(mailbox.Profile.TimeZone), cancellationToken);
        }

        LogDecision(logger, thread.Id, decision.State, decision.NextActionAt);
        return new PlannedThread(saved, plan);
    }

    [LoggerMessage(EventId = 301, Level = LogLevel.Debug, Message = "Thread {ThreadId} was saved by another writer since it was read; planning again from the store")]
    private static partial void LogReadAgain(ILogger logger, string threadId);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "Thread {ThreadId} was stopped by the user ({Source})")]
    private static partial void LogStopped(ILogger logger, string threadId, StopSource source);

    [LoggerMessage(EventId = 300, Level = LogLevel.Debug, Message = "Thread {ThreadId} is {State}; next action at {NextActionAt}")]
    private static partial void LogDecision(ILogger logger, string threadId, OutreachThreadState state, DateTimeOffset? nextActionAt);
}
