using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// Which of a thread's unsent drafts must not be sent as they are, and why: the user stopped the thread, the contact answered (a follow-up is
/// moot once the thread is answered; an update ignores what they wrote after it was made), or the user wrote to
/// the contact after the draft was made. A draft already set aside is left alone; each draft gets one cause, the
/// answer first.
/// </summary>
public static class DraftRetirement
{
    public static IReadOnlyList<(ThreadDraft Draft, StaleCause Cause)> Of(IEnumerable<ThreadDraft> drafts, ThreadHistory history, OutreachThreadState state)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(history);
        var answered = state is OutreachThreadState.Answered or OutreachThreadState.KeepInTouchDue;
        var retired = new List<(ThreadDraft, StaleCause)>();
        foreach (var draft in drafts.Where(d => !d.IsSetAside))
        {
            if (state == OutreachThreadState.Stopped)
            {
                retired.Add((draft, StaleCause.ThreadStopped));
                continue;
            }

            var replied = draft.Purpose == DraftPurpose.FollowUp
                ? answered
                : history.Messages.Any(m => m.InboundKind == InboundKind.Reply && m.At > draft.CreatedAt);
            if (replied)
            {
                retired.Add((draft, StaleCause.ReplyReceived));
            }
            else if (history.Messages.Any(m => m.Direction == ThreadMessageDirection.Outbound && m.At > draft.CreatedAt))
            {
                // When the later message is the draft itself, sent, no unsent copy is left: only the record notes it was looked at.
                retired.Add((draft, StaleCause.UserWroteSince));
            }
        }

        return retired;
    }

    /// <summary>The bounce of the user's own outreach (or a later message of theirs in the thread), if one came.</summary>
    public static ThreadMessage? OwnBounce(ThreadHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Messages.FirstOrDefault(m => m.InboundKind == InboundKind.DeliveryFailure && m.At >= history.OutreachSentAt);
    }
}
