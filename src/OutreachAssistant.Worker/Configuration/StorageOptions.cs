namespace OutreachAssistant.Worker.Configuration;

/// <summary>Where state is kept. Bound from <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary>The folder for the state and schedule files, relative to the content root. <value>Default: data.</value></summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// How long <c>run</c> and <c>run --once</c> wait for another process working on the same data folder to end
    /// before they stop, saying which process holds it. <value>Default: 00:00:30.</value>
    /// </summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
