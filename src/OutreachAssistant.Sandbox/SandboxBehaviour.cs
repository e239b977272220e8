namespace OutreachAssistant.Sandbox;

/// <summary>
/// Where Graph's documentation leaves two behaviours open (or a mailbox may behave badly), which one the sandbox
/// plays. The defaults are the strict reading of the documentation; tests and <c>outreach probe</c> switch them.
/// </summary>
public sealed record SandboxBehaviour
{
    /// <value>Default <see cref="OwnReplyAddressing.Sender"/>, as documented.</value>
    public OwnReplyAddressing ReplyToOwnMessage { get; init; } = OwnReplyAddressing.Sender;

    /// <summary>
    /// Whether <c>createReply</c> keeps single-value extended properties given in its <c>message</c>: the docs
    /// allow "any writeable properties" there without saying extended properties survive.
    /// <value>Default false: they are dropped; only POST and PATCH are documented to write them.</value>
    /// </summary>
    public bool CreateReplyKeepsExtendedProperties { get; init; }

    /// <summary>
    /// Whether the mailbox keeps single-value extended properties at all. False plays a mailbox that loses the
    /// key every exactly-once promise rests on, so <c>outreach probe</c> can be seen to fail.
    /// <value>Default true.</value>
    /// </summary>
    public bool KeepsExtendedProperties { get; init; } = true;

    /// <summary>How delta shows a message changed since the last round. <value>Default only its changed properties.</value></summary>
    public DeltaUpdates DeltaUpdates { get; init; } = DeltaUpdates.ChangedProperties;

    /// <summary>The body format of lists and delta. <value>Default HTML whatever the Prefer header says.</value></summary>
    public CollectionBodies CollectionBodies { get; init; } = CollectionBodies.AlwaysHtml;
}
