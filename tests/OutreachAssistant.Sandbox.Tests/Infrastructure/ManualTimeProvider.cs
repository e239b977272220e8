namespace OutreachAssistant.Sandbox.Tests.Infrastructure;

/// <summary>A clock that moves only when a test says so.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    /// <summary>Monday 2 March 2026, 15:00 UTC (10:00 in New York).</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
