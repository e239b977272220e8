namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>A clock the test moves by hand; the worker, Quartz and the sandbox all read it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now = now.Add(by);
        }
    }
}
