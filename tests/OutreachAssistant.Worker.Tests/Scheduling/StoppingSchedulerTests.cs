using Microsoft.Extensions.Logging.Abstractions;
using OutreachAssistant.Worker.Scheduling;
using Quartz;

namespace OutreachAssistant.Worker.Tests.Scheduling;

/// <summary>A job that sets a wake-up while the scheduler shuts down beneath it, on Quartz's own in-memory scheduler.</summary>
public sealed class StoppingSchedulerTests
{
    [Fact]
    public async Task RunAsync_SchedulerShutDownWhileTheJobSetsAWakeUp_TheJobEndsWithoutAnException()
    {
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = $"stopping-{Guid.NewGuid():N}");
            q.UseInMemoryStore(_ => { });
            q.UseDefaultThreadPool(1);
        }).BuildScheduler();
        await scheduler.Start();

        await scheduler.ScheduleJob(JobBuilder.Create<WakeUpAfterShutdownJob>().Build(), TriggerBuilder.Create().StartNow().Build());
        await WakeUpAfterShutdownJob.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await scheduler.Shutdown(waitForJobsToComplete: true);

        Assert.Null(await WakeUpAfterShutdownJob.Outcome.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private sealed class WakeUpAfterShutdownJob : IJob
    {
        public static TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static TaskCompletionSource<Exception?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await StoppingScheduler.RunAsync(context, NullLogger.Instance, async () =>
                {
                    Started.TrySetResult();
                    while (context.Scheduler.Status is not (SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown))
                    {
                        await Task.Delay(10, CancellationToken.None);
                    }

                    await context.Scheduler.ScheduleJob(JobBuilder.Create<WakeUpAfterShutdownJob>().Build(), TriggerBuilder.Create().StartAt(TimeProvider.System.GetUtcNow().AddHours(1)).Build(), ScheduleJobOptions.Replacing, CancellationToken.None);
                }, cancellationToken);
                Outcome.TrySetResult(null);
            }
            catch (Exception ex)
            {
                Outcome.TrySetResult(ex);
            }
        }
    }
}
