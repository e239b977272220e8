using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Digest;

/// <summary>
/// Which week's digest is due: each week has one, due from the start of working hours on the digest's day (the
/// next working moment from that day's midnight, on the mailbox's own clock) for <see cref="Lateness"/>. A run
/// that missed the moment (the laptop was shut) makes it at its next run within that time; later than that its
/// news is old and the week has none, as has the week before a first run (no digest of last week at 08:00 and of
/// this week at 09:00).
/// </summary>
/// <param name="Starts">The local date of the digest's day in that week: the week's name in the record and the key.</param>
/// <param name="DueAt">When it became due.</param>
public sealed record DigestWeek(DateOnly Starts, DateTimeOffset DueAt)
{
    /// <summary>How long after its moment a digest is still made.</summary>
    public static readonly TimeSpan Lateness = TimeSpan.FromDays(3);

    /// <summary>The week whose digest is due at <paramref name="now"/>; null when none is (too late, or at the calendar's ends).</summary>
    public static DigestWeek? At(DateTimeOffset now, WorkingHours hours, DayOfWeek day)
    {
        ArgumentNullException.ThrowIfNull(hours);
        if (!SaturatingTime.IsWithinRange(now))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, hours.Zone).DateTime);
        var starts = today.AddDays(-(((int)today.DayOfWeek - (int)day + 7) % 7));
        var dueAt = DueOn(starts, hours);

        // Before this week's moment (early on the day itself), last week's digest is the latest that came due.
        var week = now >= dueAt ? new DigestWeek(starts, dueAt) : new DigestWeek(starts.AddDays(-7), DueOn(starts.AddDays(-7), hours));
        return now < week.DueAt + Lateness ? week : null;
    }

    /// <summary>The key of this week's digest for a mailbox: also stamped on the message, so a crash never makes two.</summary>
    public string KeyFor(string mailboxId) => $"{mailboxId}/digest/{Starts:yyyy-MM-dd}";

    private static DateTimeOffset DueOn(DateOnly day, WorkingHours hours)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var offset = hours.Zone.IsInvalidTime(midnight) ? hours.Zone.GetUtcOffset(midnight.AddHours(1)) : hours.Zone.GetUtcOffset(midnight);
        return hours.NextWorkingMoment(new DateTimeOffset(midnight, offset));
    }
}
