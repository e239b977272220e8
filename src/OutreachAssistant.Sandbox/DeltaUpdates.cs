namespace OutreachAssistant.Sandbox;

/// <summary>
/// How a delta round shows a message that changed after the client's last round. Graph documents "at least
/// the properties that have been updated", so either is Graph; the stricter one is the default.
/// </summary>
public enum DeltaUpdates
{
    /// <summary>Only the id and the properties that changed (the least the delta overview promises).</summary>
    ChangedProperties,

    /// <summary>The whole item, every selected property (what the documented message delta example shows).</summary>
    FullItems,
}
