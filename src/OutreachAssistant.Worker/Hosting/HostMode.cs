namespace OutreachAssistant.Worker.Hosting;

public enum HostMode
{
    /// <summary>The long-running service: Quartz fires syncs and follow-ups.</summary>
    Service,

    /// <summary>A command that does its work and exits; the schedule is written, not run.</summary>
    Command,
}
