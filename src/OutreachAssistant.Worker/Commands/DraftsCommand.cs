using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Drafts;
using OutreachAssistant.Worker.Hosting;

namespace OutreachAssistant.Worker.Commands;

/// <summary>The verb <c>drafts [--json]</c>: exit 0 also when a mailbox could not be read (its drafts are listed from the record).</summary>
public static class DraftsCommand
{
    /// <summary>Logs go to standard error, warnings and worse only: standard output is the list (or the JSON) alone.</summary>
    private static readonly Dictionary<string, string?> QuietLogs = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
    };

    public static Task<int> RunAsync(bool json, CancellationToken cancellationToken) =>
        CliCommands.WithHostAsync(HostMode.Command, async host =>
        {
            await host.StartAsync(cancellationToken);
            var snapshot = await host.Services.GetRequiredService<DraftsReport>().ReadAsync(cancellationToken);
            await Console.Out.WriteAsync(json ? DraftsOutput.ToJson(snapshot) + "\n" : DraftsOutput.ToText(snapshot));
            await host.StopAsync(cancellationToken);
            return CliCommands.Ok;
        }, QuietLogs);
}
