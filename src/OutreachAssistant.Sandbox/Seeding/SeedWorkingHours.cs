namespace OutreachAssistant.Sandbox.Seeding;

internal sealed class SeedWorkingHours
{
    public IReadOnlyList<string> DaysOfWeek { get; init; } = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    public string StartTime { get; init; } = "09:00";
    public string EndTime { get; init; } = "17:00";
}
