using Microsoft.Extensions.Logging;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Scheduling;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// Writes what a tracking pass decided: its threads, findings and signed names in one transaction, then its threads'
/// wake-ups in one change to the schedule, as each thread planned on its own is saved and then woken. Should another
/// writer have saved one of its threads since it was read (a thread steered from the command line), nothing of the
/// batch is written; each part is then written on its own, and a thread saved over meanwhile is planned again from
/// the store, as a thread planned on its own would be.
/// </summary>
public sealed partial class TrackingPassWriter(
    ThreadStore threads,
    FindingLog findings,
    MailboxBatches batches,
    ThreadPlanning planning,
    IFollowUpScheduler scheduler,
    ILogger<TrackingPassWriter> logger)
{
    public async Task WriteAsync(TrackingPass pass, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pass);
        try
        {
            await batches.WriteAsync(pass.Batch, cancellationToken);
        }
        catch (StaleThreadException)
        {
            LogOneByOne(logger, pass.MailboxId);
            await WriteOneByOneAsync(pass, now, cancellationToken);
        }

        if (pass.WakeUps.Count > 0)
        {
            await scheduler.ApplyAsync(pass.MailboxId, [.. pass.WakeUps], cancellationToken);
        }

        pass.Written();
    }

    private async Task WriteOneByOneAsync(TrackingPass pass, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var thread in pass.Batch.Threads)
        {
            try
            {
                await threads.SaveAsync(thread, cancellationToken);
            }
            catch (StaleThreadException)
            {
                var stored = await threads.GetAsync(thread.Id, cancellationToken)
                    ?? throw new InvalidOperationException($"Thread {thread.Id} was removed while it was planned.");
                await planning.ReplanAsync(stored, now, cancellationToken);
                pass.Settled(thread.Id);
            }
        }

        foreach (var (address, name) in pass.Batch.SignedNames)
        {
            await threads.SetContactSignedNameAsync(pass.MailboxId, address, name, cancellationToken);
        }

        foreach (var (messageId, found) in pass.Batch.Findings)
        {
            await findings.SaveAsync(messageId, found, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 205, Level = LogLevel.Debug, Message = "A thread of {MailboxId} was saved by another writer during tracking; writing the pass thread by thread")]
    private static partial void LogOneByOne(ILogger logger, string mailboxId);
}
