namespace OutreachAssistant.Sandbox.Graph;

/// <summary>The choices a sandbox makes where Graph may do either of two things (see <see cref="SandboxOptions"/>).</summary>
internal sealed record Fidelity(DeltaUpdates DeltaUpdates, CollectionBodies CollectionBodies)
{
    public static Fidelity From(SandboxOptions options) => new(options.DeltaUpdates, options.CollectionBodies);
}
