namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>The seed file's one mailbox: the applicant, working round the clock so due drafts are made at any hour.</summary>
internal sealed class SeedMailbox
{
    public required string Id { get; init; }

    public required string Address { get; init; }

    public required string DisplayName { get; init; }

    public string TimeZone { get; init; } = "Eastern Standard Time";

    public string Language { get; init; } = "en-US";

    public object WorkingHours { get; } = new
    {
        daysOfWeek = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" },
        startTime = "00:00",
        endTime = "00:00",
    };

    public object AutomaticReplies { get; } = new { status = "disabled" };

    public required IReadOnlyList<SeedMessage> Messages { get; init; }
}
