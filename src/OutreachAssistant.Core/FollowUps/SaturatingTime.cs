namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// Date arithmetic that stops short of the calendar's ends instead of throwing. A message dated 9999-12-31
/// (a mistyped or poisoned date) must leave its thread far in the future, not stop the planner for the
/// whole mailbox. The ends keep a margin so that a week's look-ahead in <see cref="WorkingHours"/> and a
/// conversion to any time zone stay representable.
/// </summary>
internal static class SaturatingTime
{
    /// <summary>The latest moment the planner works with.</summary>
    public static readonly DateTimeOffset Latest = new(9999, 12, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The earliest moment the planner works with.</summary>
    public static readonly DateTimeOffset Earliest = new(1, 2, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary><paramref name="at"/> moved by <paramref name="span"/>, kept between <see cref="Earliest"/> and <see cref="Latest"/>.</summary>
    public static DateTimeOffset Plus(this DateTimeOffset at, TimeSpan span)
    {
        var from = Clamp(at).UtcTicks;
        var ticks = span.Ticks >= 0
            ? (span.Ticks > Latest.UtcTicks - from ? Latest.UtcTicks : from + span.Ticks)
            : (span.Ticks < Earliest.UtcTicks - from ? Earliest.UtcTicks : from + span.Ticks);
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    /// <summary><paramref name="at"/> moved back by <paramref name="span"/>, kept between the ends.</summary>
    public static DateTimeOffset Minus(this DateTimeOffset at, TimeSpan span) =>
        at.Plus(span == TimeSpan.MinValue ? TimeSpan.MaxValue : -span);

    /// <summary>Whether <paramref name="at"/> lies between the ends, where conversions and look-ahead are safe.</summary>
    public static bool IsWithinRange(DateTimeOffset at) => at >= Earliest && at <= Latest;

    /// <summary><paramref name="at"/> itself, or the nearer end when it lies beyond one.</summary>
    public static DateTimeOffset Clamp(DateTimeOffset at) => at > Latest ? Latest : at < Earliest ? Earliest : at;
}
