using OutreachAssistant.Worker.Commands;

namespace OutreachAssistant.Worker.Show;

/// <summary>What <c>outreach show</c> prints: the thread as <c>status</c> has it (state, next action, why, findings), and its timeline.</summary>
public sealed record ShowSnapshot(LocationsInUse InUse, string TimeZone, ThreadStatus Thread, IReadOnlyList<TimelineEntry> Timeline);
