namespace OutreachAssistant.Worker.Tracking;

/// <summary>A message from <see cref="Address"/> signed with <see cref="Name"/>: all that is kept of its body.</summary>
public sealed record ContactSigning(string MessageId, string Address, string Name, DateTimeOffset At);
