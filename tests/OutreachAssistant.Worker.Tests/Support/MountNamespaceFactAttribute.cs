namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>A fact that needs <see cref="MountNamespace"/>; skipped, with the reason, where it is unavailable.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MountNamespaceFactAttribute : FactAttribute
{
    public MountNamespaceFactAttribute()
    {
        if (MountNamespace.WhyUnavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
