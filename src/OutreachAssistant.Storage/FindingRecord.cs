using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>A finding on a message of a thread (an etiquette rule, or an undeliverable contact): the rule, how much it matters, and why.</summary>
public sealed record FindingRecord
{
    public required string ThreadId { get; init; }

    public required string MessageId { get; init; }

    public required string RuleId { get; init; }

    /// <summary><c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public required string Severity { get; init; }

    public required string Message { get; init; }

    public required string Source { get; init; }

    public DateTimeOffset At { get; init; }

    internal static FindingRecord From(FindingEntity row) => new()
    {
        ThreadId = row.ThreadId,
        MessageId = row.MessageId,
        RuleId = row.RuleId,
        Severity = row.Severity,
        Message = row.Message,
        Source = row.Source,
        At = row.At,
    };

    internal FindingEntity ToRow() => new()
    {
        ThreadId = ThreadId,
        MessageId = MessageId,
        RuleId = RuleId,
        Severity = Severity,
        Message = Message,
        Source = Source,
        At = At,
    };
}
