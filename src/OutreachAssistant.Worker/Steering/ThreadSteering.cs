using System.Globalization;
using Microsoft.Extensions.Logging;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.StorageFaults;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.Steering;

/// <summary>
/// <c>outreach stop|resume|snooze</c>: finds the thread named (by its id, or its contact's address when that has one
/// thread), records what the user said, and plans it again from the store so <c>status</c> shows it at once. Nothing
/// is asked of the mailbox: the thread's wake-up is set to now, so the next sync (the running service's, or the next
/// <c>run --once</c>) carries out the rest of its plan (an unsent draft set aside, the your-turn mark taken off). The
/// data folder is not held: this writes one thread row, guarded by its revision, and works while the service runs.
/// </summary>
public sealed partial class ThreadSteering(
    StateMigrator migrator,
    ThreadStore threads,
    MailboxHealth health,
    MailboxProfiles profiles,
    ThreadHistoryLoader histories,
    ThreadPlanner planner,
    DataFolderCheck dataFolder,
    TimeProvider clock,
    ILogger<ThreadSteering> logger)
{
    private const int MaxAttempts = 3;

    /// <returns>The thread as saved.</returns>
    /// <exception cref="SteerException">No such thread, several threads with the address, a day not after today, or nothing to do.</exception>
    public async Task<ThreadRecord> SteerAsync(string target, SteerAction action, DateOnly? until, CancellationToken cancellationToken)
    {
        // As status does: a state file of an earlier version is brought up to this one's, a damaged one reported.
        await dataFolder.EnsureUsableAsync(cancellationToken);
        await migrator.EnsureCreatedAsync(cancellationToken);
        var thread = await FindAsync(target, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var saved = await SteerOnceAsync(thread, action, until, cancellationToken);
                LogSteered(logger, thread.Id, action);
                return saved;
            }
            catch (StaleThreadException) when (attempt < MaxAttempts)
            {
                // The service saved the thread meanwhile: steer the copy it saved.
                thread = await threads.GetAsync(thread.Id, cancellationToken) ?? throw new SteerException($"Thread {thread.Id} is no longer tracked.");
            }
        }
    }

    private async Task<ThreadRecord> SteerOnceAsync(ThreadRecord thread, SteerAction action, DateOnly? until, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hours = await WorkingHoursAsync(thread.MailboxId, cancellationToken);
        var history = await histories.LoadAsync(thread, cancellationToken);
        thread = action switch
        {
            SteerAction.Stop when thread.StoppedAt is not null =>
                throw new SteerException($"Thread {thread.Id} is already stopped: {thread.Reason}."),
            SteerAction.Stop => thread with { StoppedAt = now, StoppedBy = StopSource.CommandLine, StopCategory = null, SnoozedUntil = null },
            SteerAction.Resume when thread.StoppedAt is null && thread.SnoozedUntil is null =>
                throw new SteerException($"Thread {thread.Id} is neither stopped nor snoozed: nothing to resume."),
            SteerAction.Resume => thread with { StoppedAt = null, StoppedBy = null, StopCategory = null, SnoozedUntil = null },
            SteerAction.Snooze when thread.StoppedAt is not null =>
                throw new SteerException($"Thread {thread.Id} is stopped: resume it before snoozing it."),
            _ => thread with { SnoozedUntil = SnoozeEnd(until ?? throw new SteerException("snooze needs --until DATE."), now, hours) },
        };

        var plan = planner.Plan(thread.ToOutreachThread(), history, now, hours);
        if (action == SteerAction.Resume && plan.Stop is { Category: { } worn })
        {
            throw new SteerException($"A message of thread {thread.Id} wears the Outlook category \"{worn}\": take it off in Outlook first, or it stops the thread again.");
        }

        var decision = plan.Decision;

        // The rest of the plan needs the mailbox: the next sync takes the thread up at once.
        return await threads.SaveAsync(
            thread with { State = decision.State, NextActionAt = decision.NextActionAt, Reason = decision.Reason, UpdatedAt = now, WakeUpAt = now },
            cancellationToken);
    }

    /// <summary>The start of the day named, on the mailbox's clock; only a day after today there will do.</summary>
    private static DateTimeOffset SnoozeEnd(DateOnly day, DateTimeOffset now, WorkingHours hours)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, hours.Zone).DateTime);
        if (day <= today)
        {
            throw new SteerException($"--until {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is not after today ({today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} on the mailbox's clock): name a later day.");
        }

        return hours.StartOfDay(day);
    }

    private async Task<ThreadRecord> FindAsync(string target, CancellationToken cancellationToken)
    {
        var text = target.Trim();
        var all = await threads.ListAsync(cancellationToken);
        if (all.FirstOrDefault(t => string.Equals(t.Id, text, StringComparison.OrdinalIgnoreCase)) is { } byId)
        {
            return byId;
        }

        var byContact = all.Where(t => string.Equals(t.ContactAddress, text, StringComparison.OrdinalIgnoreCase)).ToList();
        return byContact.Count switch
        {
            1 => byContact[0],
            0 => throw new SteerException($"No tracked thread or contact is named \"{text}\": give a thread id or a contact's address, as outreach status shows them."),
            _ => throw new SteerException($"{text} has {byContact.Count} threads; name one: {string.Join("; ", byContact.Select(t => $"{t.Id} \"{t.Subject}\" ({Word(t.State)})"))}."),
        };
    }

    /// <summary>The mailbox's working week as its last connection learnt it; Monday to Friday in its zone (or UTC) otherwise.</summary>
    private async Task<WorkingHours> WorkingHoursAsync(string mailboxId, CancellationToken cancellationToken)
    {
        if (await profiles.FindAsync(mailboxId, cancellationToken) is { } stored && StoredMailboxProfile.Read(stored.Profile) is { } profile)
        {
            return MailboxWorkingHoursResolver.For(profile);
        }

        var state = (await health.ListAsync(cancellationToken)).FirstOrDefault(m => string.Equals(m.MailboxId, mailboxId, StringComparison.OrdinalIgnoreCase));
        return WorkingHours.Default(MailboxTimeZone.Resolve(state?.TimeZone));
    }

    private static string Word(OutreachThreadState state) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(state.ToString());

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Thread {ThreadId}: {Action} from the command line")]
    private static partial void LogSteered(ILogger logger, string threadId, SteerAction action);
}
