namespace OutreachAssistant.Worker.Configuration;

/// <summary>Where state is kept. Bound from <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The folder for the state and schedule files, relative to the content root. <value>Default: data.</value></summary>
    public string DataDirectory { get; set; } = "data";
}
