using System.Globalization;

namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>
/// A seed time pinned to a wall-clock minute some days ago, written as the sandbox reads it ("-16d@10:12", see
/// RelativeTime in the sandbox's Seeding). Never today: a pinned time today could lie ahead of the clock.
/// </summary>
internal readonly record struct SeedTime(int DaysAgo, int MinuteOfDay) : IComparable<SeedTime>
{
    private const int MinutesPerDay = 24 * 60;

    public static SeedTime At(int daysAgo, int hour, int minute) => new(daysAgo, (hour * 60) + minute);

    /// <summary>This time moved on by whole days and minutes; it may reach today or beyond (see <see cref="IsPast"/>).</summary>
    public SeedTime Plus(int days, int minutes)
    {
        var minuteOfDay = MinuteOfDay + minutes;
        return new SeedTime(DaysAgo - days - (minuteOfDay / MinutesPerDay), minuteOfDay % MinutesPerDay);
    }

    public bool IsPast => DaysAgo >= 1;

    public int CompareTo(SeedTime other) =>
        DaysAgo != other.DaysAgo ? other.DaysAgo.CompareTo(DaysAgo) : MinuteOfDay.CompareTo(other.MinuteOfDay);

    /// <summary>"-16d@10:12".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"-{DaysAgo}d@{MinuteOfDay / 60}:{MinuteOfDay % 60:D2}");

    /// <summary>The seed's date placeholder for this day, e.g. "{{date:-16d}}", written as a long date in the mailbox's zone.</summary>
    public string DatePlaceholder => string.Create(CultureInfo.InvariantCulture, $"{{{{date:-{DaysAgo}d}}}}");

    /// <summary>A date placeholder some days from now, ahead (positive) or past (negative).</summary>
    public static string DatePlaceholderIn(int days) =>
        string.Create(CultureInfo.InvariantCulture, $"{{{{date:{(days < 0 ? "-" : "+")}{Math.Abs(days)}d}}}}");

    /// <summary>"10:12 AM", as Outlook's quote header writes the time.</summary>
    public string ClockText => string.Create(CultureInfo.InvariantCulture,
        $"{(((MinuteOfDay / 60) + 11) % 12) + 1}:{MinuteOfDay % 60:D2} {(MinuteOfDay < 12 * 60 ? "AM" : "PM")}");

    public static bool operator <(SeedTime left, SeedTime right) => left.CompareTo(right) < 0;

    public static bool operator >(SeedTime left, SeedTime right) => left.CompareTo(right) > 0;

    public static bool operator <=(SeedTime left, SeedTime right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SeedTime left, SeedTime right) => left.CompareTo(right) >= 0;
}
