namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// The whole follow-up policy for one thread: the planner's decision, and what follows from it (drafts set
/// aside, the bounce to record, the draft to make: which one, answering what, addressed to whom), under what the
/// user said (a stop, from Outlook or the command line; a snooze) and with an answer waiting for the user marked.
/// </summary>
/// <param name="planner">The follow-up policy of one thread.</param>
/// <param name="maxPerDay">How many new drafts the mailbox gets in a day (<see cref="FollowUpOptions.MaxPerDay"/>); unlimited by default.</param>
/// <param name="categories">The categories that stop a thread and mark the user's turn; <see cref="SteerCategories.Default"/> when null.</param>
/// <param name="yourTurnAfter">Working days an answer may wait for the user (<see cref="FollowUpOptions.YourTurnAfter"/>).</param>
public sealed class ThreadPlanner(FollowUpPlanner planner, int maxPerDay = int.MaxValue, SteerCategories? categories = null, int yourTurnAfter = 2)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private readonly SteerCategories steer = categories ?? SteerCategories.Default;
    private readonly YourTurnRule yourTurn = new(yourTurnAfter);

    public ThreadPlan Plan(OutreachThread thread, ThreadHistory history, DateTimeOffset now, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(history);
        var say = new ReasonText(hours?.Zone ?? TimeZoneInfo.Utc);
        var found = thread.Steer.Stop is null && steer.FindStop(history) is { } category ? new ThreadStop(StopSource.OutlookCategory, now, category.Category) : null;
        if ((thread.Steer.Stop ?? found) is { } stop)
        {
            // For good: no draft, unsent ones set aside, and the service's own mark taken off.
            var stopped = new FollowUpDecision(OutreachThreadState.Stopped, null, $"stopped by {stop.Who} on {say.Day(stop.At)}");
            return new ThreadPlan(stopped, DraftRetirement.Of(thread.Drafts, history, OutreachThreadState.Stopped), null, null)
            {
                Stop = found,
                Categories = Marks(thread.YourTurnMarkedOn, null),
            };
        }

        var snoozed = thread.Steer.SnoozedUntil is { } until && until > now ? until : (DateTimeOffset?)null;
        history = history with { SnoozedUntil = thread.Steer.SnoozedUntil };
        var decision = WithinDailyLimit(planner.Decide(history, now, hours), history, now, hours);
        var underlying = decision.State;
        var markOn = thread.YourTurnMarkedOn;
        if (snoozed is { } quietUntil && decision is { State: OutreachThreadState.Waiting or OutreachThreadState.Answered, NextActionAt: not null })
        {
            decision = decision with { State = OutreachThreadState.Snoozed, Reason = $"snoozed until {say.Day(quietUntil)} from the command line" };
        }
        else if (decision.State == OutreachThreadState.Answered)
        {
            var turn = yourTurn.Judge(history, thread.YourTurnMarkedOn, now, hours);
            markOn = turn.MarkOn;
            decision = turn.IsYourTurn
                ? new FollowUpDecision(OutreachThreadState.YourTurn, decision.NextActionAt, $"your turn: answered on {say.Day(turn.Answer!.At)} and waiting for your reply") { ChangesAt = turn.ChangesAt }
                : decision with { ChangesAt = Earlier(decision.ChangesAt, turn.ChangesAt) };
        }

        var bounce = decision.State == OutreachThreadState.Undeliverable ? DraftRetirement.OwnBounce(history) : null;
        var draft = decision.CreateDraftNow ? Order(thread, history, decision.Purpose) : null;
        return new ThreadPlan(decision, DraftRetirement.Of(thread.Drafts, history, underlying), bounce, draft)
        {
            Categories = Marks(thread.YourTurnMarkedOn, markOn),
            YourTurnMarkedOn = markOn,
        };
    }

    /// <summary>The category moves from the message that wears it to the one that should, if they differ.</summary>
    private List<CategoryChange> Marks(string? wornBy, string? due)
    {
        if (wornBy == due)
        {
            return [];
        }

        var changes = new List<CategoryChange>();
        if (wornBy is not null)
        {
            changes.Add(new CategoryChange(wornBy, steer.YourTurn, Add: false));
        }

        if (due is not null)
        {
            changes.Add(new CategoryChange(due, steer.YourTurn, Add: true));
        }

        return changes;
    }

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    /// <summary>
    /// The mailbox's drafts of the last 24 hours hold a due one back until the oldest of them is a day old; which
    /// of the waiting ones goes first is the caller's order (oldest outreach first).
    /// </summary>
    private FollowUpDecision WithinDailyLimit(FollowUpDecision decision, ThreadHistory history, DateTimeOffset now, WorkingHours? hours)
    {
        var lately = history.MailboxDraftsAt.Where(at => at > now.Minus(Day) && at <= now).ToList();
        if (!decision.CreateDraftNow || lately.Count < maxPerDay)
        {
            return decision;
        }

        var freed = lately.Min().Plus(Day);
        var at = hours?.NextWorkingMoment(freed) ?? freed;
        var say = new ReasonText(hours?.Zone ?? TimeZoneInfo.Utc);
        var waiting = decision.State == OutreachThreadState.KeepInTouchDue ? OutreachThreadState.Answered : OutreachThreadState.Waiting;
        return new FollowUpDecision(waiting, at, $"waiting its turn: at most {maxPerDay} new draft{(maxPerDay == 1 ? string.Empty : "s")} a day (from {say.Moment(at)}); {decision.Reason}");
    }

    /// <summary>
    /// A follow-up quotes the user's latest message to the contact in the conversation, so the contact sees the
    /// whole story (never one to someone else there, which would address it to them); an update answers the
    /// latest word between the two, their answer as a rule. Either is addressed to the contact alone.
    /// </summary>
    private static DraftOrder Order(OutreachThread thread, ThreadHistory history, DraftPurpose purpose)
    {
        var inConversation = history.Messages.Where(m => m.ConversationId == thread.ConversationId);
        var slot = purpose == DraftPurpose.KeepInTouch
            ? DraftSlot.NextKeepInTouch(thread.MailboxId, thread.Contact.Address, history.KeepInTouchDraftsAt.Count)
            : DraftSlot.NextFollowUp(thread.Id, thread.Drafts);
        var answers = purpose == DraftPurpose.KeepInTouch
            ? inConversation.Where(m => m.Direction == ThreadMessageDirection.Outbound || (m.FromContact && m.InboundKind == Detection.InboundKind.Reply))
            : inConversation.Where(m => m.Direction == ThreadMessageDirection.Outbound);
        var replyTo = answers.OrderByDescending(m => m.At).Select(m => m.MessageId).FirstOrDefault() ?? thread.OutreachMessageId;
        return new DraftOrder(slot, replyTo, [thread.Contact]);
    }
}
