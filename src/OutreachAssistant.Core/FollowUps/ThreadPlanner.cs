namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// The whole follow-up policy for one thread: the planner's decision, and what follows from it (drafts set
/// aside, the bounce to record, the draft to make: which one, answering what, addressed to whom).
/// </summary>
public sealed class ThreadPlanner(FollowUpPlanner planner)
{
    public ThreadPlan Plan(OutreachThread thread, ThreadHistory history, DateTimeOffset now, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(history);
        var decision = planner.Decide(history, now, hours);
        var bounce = decision.State == OutreachThreadState.Undeliverable ? DraftRetirement.OwnBounce(history) : null;
        var draft = decision.CreateDraftNow ? Order(thread, history, decision.Purpose) : null;
        return new ThreadPlan(decision, DraftRetirement.Of(thread.Drafts, history, decision.State), bounce, draft);
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
