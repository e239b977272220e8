namespace OutreachAssistant.Worker.Hosting;

public enum HostMode
{
    /// <summary>The long-running service: Quartz fires syncs and follow-ups.</summary>
    Service,

    /// <summary>A command that does its work and exits; the schedule is written, not run.</summary>
    Command,

    /// <summary>
    /// <c>run --once --dry-run</c>: a command on copies of the data folder's databases (<see cref="DryRun.StateFolder"/>),
    /// with mailboxes opened read-only; the drafts it would make are noted, not made.
    /// </summary>
    DryRun,
}
