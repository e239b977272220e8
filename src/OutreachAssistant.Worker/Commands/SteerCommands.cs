using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Steering;

namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// The verbs <c>stop</c>, <c>resume</c> and <c>snooze</c>: one line saying where the thread stands now, or one line on
/// standard error saying what is wrong with the thread or date named (exit 1).
/// </summary>
public static class SteerCommands
{
    /// <summary>Logs go to standard error, warnings and worse only: standard output is the one line.</summary>
    private static readonly Dictionary<string, string?> QuietLogs = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
    };

    public static Task<int> RunAsync(SteerAction action, string target, string? until, CancellationToken cancellationToken) =>
        CliCommands.WithHostAsync(HostMode.Command, async host =>
        {
            try
            {
                var day = action == SteerAction.Snooze ? SnoozeDate.Parse(until ?? string.Empty) : (DateOnly?)null;
                await host.StartAsync(cancellationToken);
                var thread = await host.Services.GetRequiredService<ThreadSteering>().SteerAsync(target, action, day, cancellationToken);
                var state = System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(thread.State.ToString());
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{thread.Id} ({thread.ContactAddress}, \"{thread.Subject}\"): {state}: {thread.Reason}"));
                return CliCommands.Ok;
            }
            catch (SteerException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return CliCommands.Failed;
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }, QuietLogs);
}
