using Microsoft.Extensions.Logging;
using Quartz;

namespace OutreachAssistant.Worker.Scheduling;

/// <summary>
/// A job still running while the service stops may find the scheduler shut down when it sets a wake-up. That is no
/// failure to print a stack trace for: the run ends there, and at the next start every thread the store says has a
/// next action gets its wake-up again (<see cref="ScheduleBootstrapper"/>).
/// </summary>
public static partial class StoppingScheduler
{
    /// <summary>Runs a job's work; a scheduler shut down beneath it ends it with one line.</summary>
    public static async Task RunAsync(IJobExecutionContext context, ILogger logger, Func<Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await work();
        }
        catch (SchedulerException) when (context.Scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown || cancellationToken.IsCancellationRequested)
        {
            LogStopped(logger, context.JobDetail.Key.Name);
        }
    }

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "The service stopped while a {Job} job was setting a wake-up; it is set again from the store at the next start")]
    private static partial void LogStopped(ILogger logger, string job);
}
