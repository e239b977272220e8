namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// The whole follow-up policy for one thread: the planner's decision, and what follows from it (drafts set
/// aside, the bounce to record, the draft to make: which one, answering what, addressed to whom).
/// </summary>
/// <param name="planner">The follow-up policy of one thread.</param>
/// <param name="maxPerDay">How many new drafts the mailbox gets in a day (<see cref="FollowUpOptions.MaxPerDay"/>); unlimited by default.</param>
public sealed class ThreadPlanner(FollowUpPlanner planner, int maxPerDay = int.MaxValue)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public ThreadPlan Plan(OutreachThread thread, ThreadHistory history, DateTimeOffset now, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(history);
        var decision = WithinDailyLimit(planner.Decide(history, now, hours), history, now, hours);
        var bounce = decision.State == OutreachThreadState.Undeliverable ? DraftRetirement.OwnBounce(history) : null;
        var draft = decision.CreateDraftNow ? Order(thread, history, decision.Purpose) : null;
        return new ThreadPlan(decision, DraftRetirement.Of(thread.Drafts, history, decision.State), bounce, draft);
    }

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
