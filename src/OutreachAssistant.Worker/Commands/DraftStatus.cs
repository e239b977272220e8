namespace OutreachAssistant.Worker.Commands;

public sealed record DraftStatus(int Sequence, string MessageId, DateTimeOffset CreatedAt);
