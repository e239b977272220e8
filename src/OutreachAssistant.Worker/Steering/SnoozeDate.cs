using System.Globalization;

namespace OutreachAssistant.Worker.Steering;

/// <summary>The day <c>outreach snooze --until</c> names, written as ISO 8601 (2026-12-08).</summary>
public static class SnoozeDate
{
    /// <exception cref="SteerException">The text is not such a date.</exception>
    public static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new SteerException($"--until \"{text}\" is not a date: write the day as 2026-12-08.");
}
