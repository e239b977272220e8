namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>A fact on a real PostgreSQL server (<see cref="PostgreSqlServer"/>); skipped, with the reason, where none can be started.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (PostgreSqlBinaries.WhyUnavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
