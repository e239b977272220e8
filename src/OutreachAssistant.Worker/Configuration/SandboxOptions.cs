using OutreachAssistant.Sandbox;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>The embedded sandbox mailbox. Bound from <c>Sandbox</c>.</summary>
public sealed class EmbeddedSandboxOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Sandbox";

    /// <summary>The folder of seed files, relative to the content root. <value>Default: seeds/demo-mailbox.</value></summary>
    public string SeedDirectory { get; set; } = "seeds/demo-mailbox";

    /// <summary>The sandbox's SQLite file, relative to <c>Storage:DataDirectory</c>. <value>Default: sandbox.db.</value></summary>
    public string DatabaseFile { get; set; } = "sandbox.db";

    /// <summary>
    /// Which of Graph's open behaviours the sandbox plays (<c>Sandbox:Behaviour:ReplyToOwnMessage</c>, ...).
    /// <value>Default: the strict reading of Microsoft's documentation.</value>
    /// </summary>
    public SandboxBehaviour Behaviour { get; set; } = new();
}
