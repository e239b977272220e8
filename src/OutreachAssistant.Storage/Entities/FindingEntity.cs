namespace OutreachAssistant.Storage.Entities;

/// <summary>An etiquette finding on a message the user sent: the rule, how much it matters, and why.</summary>
public sealed class FindingEntity
{
    public long Id { get; set; }

    public required string ThreadId { get; set; }

    public required string MessageId { get; set; }

    public required string RuleId { get; set; }

    public required string Severity { get; set; }

    public required string Message { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset At { get; set; }
}
