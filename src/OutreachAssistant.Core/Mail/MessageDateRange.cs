namespace OutreachAssistant.Core.Mail;

/// <summary>
/// The times a real message can carry. Nothing a mailbox holds was sent before 1980 (years before SMTP;
/// a 0001-01-01 is a zeroed field), and nothing was sent more than a day after now: a day covers clocks
/// that are off by hours and every time zone, while a date months ahead is a sender's broken clock or a
/// poisoned message, and planning from it would hold its thread, or the arithmetic, at the calendar's end.
/// </summary>
public static class MessageDateRange
{
    public static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    public static bool IsSane(DateTimeOffset at, DateTimeOffset now) =>
        at >= Earliest && (now > DateTimeOffset.MaxValue - FutureTolerance || at <= now + FutureTolerance);
}
