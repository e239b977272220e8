namespace OutreachAssistant.Sandbox.Seeding;

internal sealed class SeedWorkingHours
{
    public IReadOnlyList<string> DaysOfWeek { get; init; } = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    public string StartTime { get; init; } = "09:00";
    public string EndTime { get; init; } = "17:00";

    /// <summary>A Graph <c>timeZoneBase</c> as Outlook may give it, e.g. a <c>customTimeZone</c>; absent, the mailbox's zone by name.</summary>
    public System.Text.Json.Nodes.JsonObject? TimeZone { get; init; }
}
