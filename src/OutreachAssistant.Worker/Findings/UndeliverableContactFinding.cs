using System.Globalization;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Findings;

/// <summary>
/// A bounce marks the contact undeliverable: every thread with that address stops. The user is told once,
/// as a finding on the bounce in <c>outreach status</c>, so they check the address rather than wonder.
/// </summary>
public sealed class UndeliverableContactFinding(FindingLog findings, TimeProvider clock)
{
    public const string RuleId = "delivery.undeliverable";

    /// <summary>Records the finding on the bounce, its date on the mailbox's calendar.</summary>
    public Task RecordAsync(ThreadRecord thread, string bounceMessageId, DateTimeOffset bouncedAt, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(zone);
        var day = TimeZoneInfo.ConvertTime(bouncedAt, zone);
        var finding = new FindingRecord
        {
            ThreadId = thread.Id,
            MessageId = bounceMessageId,
            RuleId = RuleId,
            Severity = "warning",
            Message = string.Create(CultureInfo.InvariantCulture,
                $"Mail to this contact bounced on {day:ddd d MMM yyyy}; the contact is marked undeliverable and gets no follow-up or update until mail comes from the address. Check the address."),
            Source = "delivery failure notice from the recipient's mail server",
            At = clock.GetUtcNow(),
        };

        // Saved per bounce message, replacing the earlier copy, so re-planning never counts it twice.
        return findings.SaveAsync(bounceMessageId, [finding], cancellationToken);
    }
}
