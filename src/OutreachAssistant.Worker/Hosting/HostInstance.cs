namespace OutreachAssistant.Worker.Hosting;

/// <summary>This running host, as the holder of draft claims: unique across processes, machines and restarts.</summary>
public sealed class HostInstance
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
