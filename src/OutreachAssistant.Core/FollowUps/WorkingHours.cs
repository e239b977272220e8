namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// The mailbox's working days and hours on its own clock, from Graph's <c>mailboxSettings.workingHours</c>.
/// Drafts appear only inside them, so the user never finds one made at night or on a weekend.
/// </summary>
public sealed record WorkingHours(IReadOnlySet<DayOfWeek> Days, TimeOnly Start, TimeOnly End, TimeZoneInfo Zone)
{
    /// <summary>Monday to Friday, 09:00 to 17:00, in the given zone: Outlook's default.</summary>
    public static WorkingHours Default(TimeZoneInfo zone) => new(
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        new TimeOnly(9, 0),
        new TimeOnly(17, 0),
        zone);

    /// <summary>
    /// <paramref name="at"/> itself when it falls inside working hours, else the start of the next working
    /// period. Wall-clock times are turned into instants in the zone, so a daylight-saving change between
    /// the two is honoured; a start time that does not exist that night moves to the first one that does.
    /// </summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset at)
    {
        // At the calendar's ends there is no next week to look at; such a date is a poisoned one anyway.
        if (Days.Count == 0 || !SaturatingTime.IsWithinRange(at))
        {
            return at;
        }

        var local = TimeZoneInfo.ConvertTime(at, Zone).DateTime;
        var date = DateOnly.FromDateTime(local);
        for (var i = 0; i < 8; i++, date = date.AddDays(1))
        {
            if (!Days.Contains(date.DayOfWeek))
            {
                continue;
            }

            var start = Instant(date, Start);
            var end = End > Start ? Instant(date, End) : Instant(date.AddDays(1), TimeOnly.MinValue);
            if (at < start)
            {
                return start;
            }

            if (at < end)
            {
                return at;
            }
        }

        return at;
    }

    /// <summary>The working day after <paramref name="day"/> (Monday after a Friday on a Monday-to-Friday week).</summary>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        if (day >= LastSafeDay)
        {
            return day;
        }

        var next = day.AddDays(1);
        for (var i = 0; i < 7 && Days.Count > 0 && !Days.Contains(next.DayOfWeek); i++)
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>Midnight starting <paramref name="day"/> on the mailbox's clock.</summary>
    public DateTimeOffset StartOfDay(DateOnly day) => Instant(day < FirstSafeDay ? FirstSafeDay : day > LastSafeDay ? LastSafeDay : day, TimeOnly.MinValue);

    // A week inside the calendar's ends, so a day's wall-clock start is an instant in every zone.
    private static DateOnly FirstSafeDay => DateOnly.FromDateTime(SaturatingTime.Earliest.UtcDateTime);

    private static DateOnly LastSafeDay => DateOnly.FromDateTime(SaturatingTime.Latest.UtcDateTime);

    private DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var wall = date.ToDateTime(time, DateTimeKind.Unspecified);

        // In the spring-forward gap the wall clock skips ahead; the first real minute after it is meant.
        while (Zone.IsInvalidTime(wall))
        {
            wall = wall.AddMinutes(1);
        }

        return new DateTimeOffset(wall, Zone.GetUtcOffset(wall));
    }
}
