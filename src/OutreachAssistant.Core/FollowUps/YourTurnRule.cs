using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// An answer from the contact (or a colleague in the conversation) that the user has not replied to for
/// <see cref="FollowUpOptions.YourTurnAfter"/> working days is their turn: it wears a category until they reply. Answers
/// older than <see cref="Window"/> are left alone, so the first sync of an old mailbox marks nothing from long ago.
/// </summary>
/// <param name="workingDays">How many working days an answer may wait.</param>
public sealed class YourTurnRule(int workingDays)
{
    /// <summary>How long after an answer it may still be marked.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <param name="history">The thread's history.</param>
    /// <param name="markedOn">The answer wearing the category now, if any.</param>
    /// <param name="now">The time.</param>
    /// <param name="hours">The mailbox's working week; Monday to Friday in UTC when null.</param>
    public YourTurn Judge(ThreadHistory history, string? markedOn, DateTimeOffset now, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var answer = history.SinceOutreach.Where(m => m.Direction == ThreadMessageDirection.Inbound && m.InboundKind == InboundKind.Reply).MaxBy(m => m.At);
        var replied = answer is not null && (
            history.Messages.Any(m => m.Direction == ThreadMessageDirection.Outbound && m.At > answer.At)
            || history.OwnMessagesInConversationAt.Any(at => at > answer.At));
        if (answer is null || replied)
        {
            return new YourTurn(null, null, null);
        }

        var from = After(answer.At, hours ?? WorkingHours.Default(TimeZoneInfo.Utc));
        var until = answer.At.Plus(Window);
        if (now < from)
        {
            return new YourTurn(null, from < until ? from : null, markedOn == answer.MessageId ? markedOn : null);
        }

        // Past the window, a mark made earlier stays until the user replies; none is made any more.
        return now <= until ? new YourTurn(answer, until, answer.MessageId) : new YourTurn(null, null, markedOn == answer.MessageId ? markedOn : null);
    }

    /// <summary>The answer's moment, the given number of working days on, inside working hours.</summary>
    private DateTimeOffset After(DateTimeOffset at, WorkingHours hours)
    {
        if (!SaturatingTime.IsWithinRange(at))
        {
            return at;
        }

        var local = TimeZoneInfo.ConvertTime(at, hours.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i < workingDays; i++)
        {
            day = hours.NextWorkingDay(day);
        }

        var moment = hours.StartOfDay(day).Plus(local.TimeOfDay);
        return hours.NextWorkingMoment(moment);
    }
}
