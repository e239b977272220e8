namespace OutreachAssistant.Worker.Scheduling;

/// <summary>Wakes a thread at a time. Only a wake-up: the job asks the planner again when it fires.</summary>
public interface IFollowUpScheduler
{
    /// <summary>Opens the schedule's store ahead of the first wake-up (on a first run, makes it).</summary>
    Task OpenAsync(CancellationToken cancellationToken);

    Task ScheduleAsync(string threadId, string mailboxId, DateTimeOffset at, CancellationToken cancellationToken);

    Task CancelAsync(string threadId, CancellationToken cancellationToken);

    /// <summary>Sets many threads' wake-ups at once (none cancels one), as a tracking pass planned them.</summary>
    Task ApplyAsync(string mailboxId, IReadOnlyCollection<KeyValuePair<string, DateTimeOffset?>> wakeUps, CancellationToken cancellationToken);
}
