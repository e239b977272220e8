namespace OutreachAssistant.Worker.Commands;

/// <summary>A draft the service made for a thread: <c>follow-up</c> or <c>keep-in-touch</c>, its number, and when.</summary>
public sealed record DraftStatus(string Purpose, int Sequence, string MessageId, DateTimeOffset CreatedAt);
