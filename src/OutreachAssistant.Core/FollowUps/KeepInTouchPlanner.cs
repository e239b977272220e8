namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// The part of the policy for contacts who answered: nothing more is asked of them, but after months of
/// quiet a short update is suggested, at most so many a year per contact, in working hours.
/// </summary>
internal sealed class KeepInTouchPlanner(KeepInTouchOptions options)
{
    private static readonly TimeSpan Year = TimeSpan.FromDays(365);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public FollowUpDecision Decide(ThreadHistory history, ThreadMessage reply, DateTimeOffset now, WorkingHours? hours, ReasonText say)
    {
        var answered = $"answered on {say.Day(reply.At)}";
        if (!options.Enabled || options.MaxPerYear < 1)
        {
            return new(OutreachThreadState.Answered, null, answered);
        }

        if (history.KeepInTouchElsewhere)
        {
            return new(OutreachThreadState.Answered, null, $"{answered}; keeping in touch goes on in a later conversation with this contact");
        }

        // Quiet means no message either way and no keep-in-touch draft of ours, deleted or not.
        var lastMessage = history.Messages.Select(m => m.At).Append(history.OutreachSentAt).Max();
        var drafts = history.KeepInTouchDraftsAt;
        var lastDraft = drafts.Count == 0 ? (DateTimeOffset?)null : drafts.Max();
        var quietSince = lastDraft is { } d && d > lastMessage ? d : lastMessage;
        var due = quietSince.Plus(options.After);
        var reason = lastDraft == quietSince
            ? $"{answered}; keep-in-touch update drafted on {say.Day(quietSince)}, the next after {Months(options.After)} more of quiet"
            : $"{answered}; quiet since {say.Day(quietSince)}, a keep-in-touch update after {Months(options.After)}";

        // Within any 365 days only so many: each step drops the oldest draft out of the window.
        while (drafts.Count(at => at > due.Minus(Year)) >= options.MaxPerYear)
        {
            var later = drafts.Where(at => at > due.Minus(Year)).Min().Plus(Year);
            if (later <= due)
            {
                // Only at the calendar's end (drafts dated there) does the window stop moving; nothing is due then.
                return new(OutreachThreadState.Answered, null, $"{answered}; no keep-in-touch update: its drafts are dated at the calendar's end");
            }

            due = later;
            reason = $"{answered}; at most {options.MaxPerYear} keep-in-touch update{(options.MaxPerYear == 1 ? string.Empty : "s")} a year";
        }

        if (history.SnoozedUntil is { } until && until > due)
        {
            due = until;
            reason = $"{answered}; snoozed until {say.Day(until)}";
        }

        if (now > due.Plus(options.TooLateAfter))
        {
            return new(OutreachThreadState.Answered, null, $"{answered}; quiet since {say.Day(quietSince)}, too long for an automatic update: write when you have news");
        }

        // The mailbox's updates of the last 24 hours hold this one back until the oldest of them is a day old.
        var lately = history.MailboxKeepInTouchDraftsAt.Where(at => at > now.Minus(Day)).ToList();
        if (now >= due && lately.Count >= options.MaxPerDay)
        {
            due = lately.Min().Plus(Day);
            reason = $"{answered}; at most {options.MaxPerDay} keep-in-touch update{(options.MaxPerDay == 1 ? string.Empty : "s")} a day";
        }

        if (hours is not null)
        {
            due = hours.NextWorkingMoment(now > due ? now : due);
        }

        return now >= due
            ? new(OutreachThreadState.KeepInTouchDue, due, $"keep-in-touch update due: {reason}")
            : new(OutreachThreadState.Answered, due, $"{reason} (from {say.Day(due)})");
    }

    private static string Months(TimeSpan span) => span.TotalDays >= 28
        ? $"{Math.Round(span.TotalDays / 30.4, MidpointRounding.AwayFromZero):0} months"
        : $"{span.TotalDays:0} days";
}
