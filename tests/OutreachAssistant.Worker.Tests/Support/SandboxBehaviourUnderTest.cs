using OutreachAssistant.Sandbox;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// The sandbox behaviour the suite runs against: the strict default, or the other reading of Graph where the
/// docs leave two open, chosen by the same environment variables that <c>outreach sandbox</c> reads
/// (<c>Sandbox__Behaviour__ReplyToOwnMessage=OriginalRecipients</c>,
/// <c>Sandbox__Behaviour__CreateReplyKeepsExtendedProperties=true</c>, <c>Sandbox__Behaviour__DeltaUpdates=FullItems</c>,
/// <c>Sandbox__Behaviour__CollectionBodies=AsPreferred</c>), so one setting switches every sandbox. A test that
/// names a reading itself gets that one.
/// </summary>
public static class SandboxBehaviourUnderTest
{
    public static SandboxBehaviour FromEnvironment(DeltaUpdates? deltaUpdates = null, CollectionBodies? bodies = null) => new()
    {
        DeltaUpdates = deltaUpdates
            ?? (Enum.TryParse<DeltaUpdates>(Environment.GetEnvironmentVariable($"{EmbeddedSandboxOptions.SectionName}__Behaviour__DeltaUpdates"), ignoreCase: true, out var updates) ? updates : DeltaUpdates.ChangedProperties),
        CollectionBodies = bodies
            ?? (Enum.TryParse<CollectionBodies>(Environment.GetEnvironmentVariable($"{EmbeddedSandboxOptions.SectionName}__Behaviour__CollectionBodies"), ignoreCase: true, out var format) ? format : CollectionBodies.AlwaysHtml),
        ReplyToOwnMessage = Enum.TryParse<OwnReplyAddressing>(Environment.GetEnvironmentVariable($"{EmbeddedSandboxOptions.SectionName}__Behaviour__ReplyToOwnMessage"), ignoreCase: true, out var addressing)
            ? addressing
            : OwnReplyAddressing.Sender,
        CreateReplyKeepsExtendedProperties = bool.TryParse(Environment.GetEnvironmentVariable($"{EmbeddedSandboxOptions.SectionName}__Behaviour__CreateReplyKeepsExtendedProperties"), out var keeps) && keeps,
    };
}
