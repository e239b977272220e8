using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Show;

namespace OutreachAssistant.Worker.Commands;

/// <summary>The verb <c>show THREAD|ADDRESS [--json]</c>: exit 1 with one line when the input names no thread or several.</summary>
public static class ShowCommand
{
    /// <summary>Logs go to standard error, warnings and worse only: standard output is the thread (or the JSON) alone.</summary>
    private static readonly Dictionary<string, string?> QuietLogs = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
    };

    public static Task<int> RunAsync(string threadOrAddress, bool json, CancellationToken cancellationToken) =>
        CliCommands.WithHostAsync(HostMode.Command, async host =>
        {
            await host.StartAsync(cancellationToken);
            try
            {
                var snapshot = await host.Services.GetRequiredService<ShowReport>().ReadAsync(threadOrAddress, cancellationToken);
                await Console.Out.WriteAsync(json ? ShowOutput.ToJson(snapshot) + "\n" : ShowOutput.ToText(snapshot));
                return CliCommands.Ok;
            }
            catch (ShowInputException ex)
            {
                await Console.Error.WriteLineAsync($"Cannot show: {ex.Message}");
                return CliCommands.Failed;
            }
            finally
            {
                await host.StopAsync(cancellationToken);
            }
        }, QuietLogs);
}
