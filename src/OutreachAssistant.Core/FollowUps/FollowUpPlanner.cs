using System.Globalization;
using System.Text.Json;
using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// The follow-up policy as a pure function of a thread's history, the mailbox's working hours and the time:
/// answered threads stand down (only a keep-in-touch update comes, months later), bounced ones and contacts stop; otherwise a follow-up falls due a set time after the last
/// outbound message, never within the minimum gap of the previous follow-up (the user's own included), not
/// before an out-of-office contact is back, and only inside working hours, up to the allowed number.
/// </summary>
/// <param name="options">The follow-up settings.</param>
/// <param name="maxRecipients">
/// The most people an outreach may go to and still be followed up: the etiquette rule
/// <c>audience.mass-mail</c>'s <c>MaxRecipients</c>. A message to more is a mass mail, and the guides say not
/// to send one; a follow-up to it would repeat the mistake to every recipient. Null: no limit.
/// </param>
public sealed class FollowUpPlanner(FollowUpOptions options, int? maxRecipients = null)
{
    private readonly KeepInTouchPlanner keepInTouch = new(options.KeepInTouch);

    public FollowUpDecision Decide(ThreadHistory history, DateTimeOffset now, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var say = new ReasonText(hours?.Zone ?? TimeZoneInfo.Utc);
        if (maxRecipients is { } max && history.Audience > max)
        {
            return new(OutreachThreadState.MassMail, null, string.Create(CultureInfo.InvariantCulture,
                $"sent to {history.Audience} people: no follow-up to a mass mail (more than {max} recipients)"));
        }

        var afterOutreach = history.SinceOutreach;
        if (afterOutreach.FirstOrDefault(m => m.InboundKind == InboundKind.Reply) is { } reply)
        {
            return keepInTouch.Decide(history, reply, now, hours, say);
        }

        if (afterOutreach.FirstOrDefault(m => m.InboundKind == InboundKind.DeliveryFailure) is { } bounce)
        {
            return new(OutreachThreadState.Undeliverable, null, $"delivery failed on {say.Day(bounce.At)}");
        }

        // A bounce in another conversation with the contact holds here too, until something arrives from the address.
        if (history.ContactBouncedAt is { } bounced
            && !history.Messages.Any(m => m.Direction == ThreadMessageDirection.Inbound && m.At > bounced && m.InboundKind != InboundKind.DeliveryFailure))
        {
            return new(OutreachThreadState.Undeliverable, null, $"mail to this address bounced on {say.Day(bounced)}; check it before writing again");
        }

        var kind = JsonNamingPolicy.KebabCaseLower.ConvertName(history.Kind.ToString());
        var allowed = options.MaxFollowUpsFor(kind);
        if (allowed == 0)
        {
            return new(OutreachThreadState.MovedOn, null, $"no follow-up: a {kind.Replace('-', ' ')} message asks nothing back");
        }

        // The user's own later messages are follow-ups too; a sent draft is one of them, so the larger count holds.
        var outbound = afterOutreach.Where(m => m.Direction == ThreadMessageDirection.Outbound && m.At > history.OutreachSentAt).Select(m => m.At).ToList();
        var used = Math.Max(history.DraftsCreatedAt.Count, outbound.Count);
        var lastDraft = history.DraftsCreatedAt.Count == 0 ? (DateTimeOffset?)null : history.DraftsCreatedAt.Max();
        var lastOwn = outbound.Count == 0 ? (DateTimeOffset?)null : outbound.Max();
        var lastFollowUp = Later(lastDraft, lastOwn);
        if (used >= allowed)
        {
            if (lastFollowUp is not { } last || now >= last.Plus(options.MinimumGap))
            {
                return new(OutreachThreadState.MovedOn, null, allowed == 1 ? "one follow-up was made; time to move on" : $"{allowed} follow-ups were made; time to move on");
            }

            // Until the gap has passed the thread stays open (a message of the user's then is one more follow-up); after it, it moves on.
            return lastDraft == last
                ? new(OutreachThreadState.Drafted, null, $"follow-up drafted on {say.Day(last)}; it is yours to send or delete") { ChangesAt = last.Plus(options.MinimumGap) }
                : new(OutreachThreadState.FollowedUp, null, lastDraft is null
                    ? $"you followed up yourself on {say.Day(last)}; no more follow-ups are suggested"
                    : $"follow-up sent on {say.Day(last)}; no more follow-ups are suggested") { ChangesAt = last.Plus(options.MinimumGap) };
        }

        var lastOutbound = lastOwn ?? history.OutreachSentAt;
        var due = lastOutbound.Plus(options.FirstFollowUpAfter);
        var reason = lastOwn is null ? $"no reply since {say.Day(lastOutbound)}" : $"you followed up yourself on {say.Day(lastOutbound)}";

        // The user's own date, from the Outlook flag, replaces the computed one; the gap between follow-ups still holds.
        if (FlagDay(afterOutreach, hours) is { } flagged)
        {
            due = flagged;
            reason = $"the date of your Outlook flag, {say.Day(flagged)}";
        }

        if (lastFollowUp is { } previous && previous.Plus(options.MinimumGap) > due)
        {
            due = previous.Plus(options.MinimumGap);
            reason = $"never two follow-ups within {options.MinimumGap.TotalDays:0} days (the last on {say.Day(previous)})";
        }

        // Put off by the user: the follow-up comes then at the earliest, and is not too late for having waited.
        if (history.SnoozedUntil is { } until && until > due)
        {
            due = until;
            reason = $"snoozed until {say.Day(until)}";
        }

        var pause = OutOfOffice(afterOutreach.Where(m => m.At >= lastOutbound), hours);
        var paused = pause is { } p && p.Until > due;
        if (paused)
        {
            due = pause!.Until;
            reason = pause.Reason(say);
        }

        if (now > due.Plus(options.TooLateAfter))
        {
            return new(OutreachThreadState.MovedOn, null, $"too late for a follow-up: it was due on {say.Day(due)}");
        }

        if (hours is not null)
        {
            // Overdue is no excuse for a draft at night: an old due time found on a Sunday waits for Monday too.
            var working = hours.NextWorkingMoment(now > due ? now : due);
            if (working != due && now < working && !paused)
            {
                reason += $"; drafts wait for working hours ({say.Moment(working)})";
            }

            due = working;
        }

        return now >= due
            ? new(OutreachThreadState.Due, due, $"follow-up due: {reason}")
            : new(OutreachThreadState.Waiting, due, paused ? reason : $"waiting: {reason}");
    }

    /// <summary>
    /// Whether the thread was still open when the user sent a message at <paramref name="at"/>: started
    /// before it, and neither answered, undeliverable nor moved on by then. Such a message is a follow-up.
    /// </summary>
    public bool IsOpenAt(ThreadHistory history, DateTimeOffset at, WorkingHours? hours = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.OutreachSentAt < at && Decide(history.Before(at), at, hours).State.IsOpen();
    }

    /// <summary>The latest automatic reply since the last outbound message holds the thread until the contact is back.</summary>
    private OutOfOfficePause? OutOfOffice(IEnumerable<ThreadMessage> messages, WorkingHours? hours)
    {
        var note = messages.Where(m => m.InboundKind == InboundKind.AutomaticReply).MaxBy(m => m.At);
        if (note is null)
        {
            return null;
        }

        if (note.ReturnsOn is { } back)
        {
            var week = hours ?? WorkingHours.Default(TimeZoneInfo.Utc);
            return new OutOfOfficePause(week.StartOfDay(week.NextWorkingDay(back)), back);
        }

        return new OutOfOfficePause(note.At.Plus(options.OutOfOfficePause), null);
    }

    /// <summary>
    /// The start of the day a follow-up flag on the user's latest flagged message is due, on the mailbox's clock. Outlook
    /// flags are dates: the due date is midnight that day in the user's zone, which Graph may give in UTC.
    /// </summary>
    private static DateTimeOffset? FlagDay(IEnumerable<ThreadMessage> messages, WorkingHours? hours)
    {
        var flag = messages.Where(m => m.Direction == ThreadMessageDirection.Outbound && m.FlagDueAt is not null).MaxBy(m => m.At)?.FlagDueAt;
        if (flag is not { } due || !SaturatingTime.IsWithinRange(due))
        {
            return null;
        }

        var week = hours ?? WorkingHours.Default(TimeZoneInfo.Utc);
        return week.StartOfDay(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, week.Zone).DateTime));
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
