namespace OutreachAssistant.Sandbox;

/// <summary>The behaviour in force, which the admin endpoint may change while the sandbox runs.</summary>
internal sealed class SandboxBehaviourSwitch(SandboxBehaviour initial)
{
    private SandboxBehaviour current = initial;

    public SandboxBehaviour Current
    {
        get => Volatile.Read(ref current);
        set => Volatile.Write(ref current, value);
    }
}
