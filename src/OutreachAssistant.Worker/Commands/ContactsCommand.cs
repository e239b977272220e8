using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Contacts;
using OutreachAssistant.Worker.Hosting;

namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// The verb <c>contacts [--csv|--json]</c>. The CSV on standard output is the file alone (redirect it to a file for
/// Excel); a mailbox whose signatures could not be read is said on standard error, and the exit code is still 0;
/// --csv with --json is one line and exit 1.
/// </summary>
public static class ContactsCommand
{
    /// <summary>Logs go to standard error, warnings and worse only: standard output is the table (or the CSV, or the JSON) alone.</summary>
    private static readonly Dictionary<string, string?> QuietLogs = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
    };

    public static async Task<int> RunAsync(bool csv, bool json, CancellationToken cancellationToken)
    {
        if (csv && json)
        {
            await Console.Error.WriteLineAsync("Choose one of --csv and --json.");
            return CliCommands.Failed;
        }

        return await CliCommands.WithHostAsync(HostMode.Command, async host =>
        {
            await host.StartAsync(cancellationToken);
            var snapshot = await host.Services.GetRequiredService<ContactsReport>().ReadAsync(cancellationToken);
            if (csv)
            {
                await using var output = Console.OpenStandardOutput();
                ContactsCsv.Write(output, snapshot.Contacts);
            }
            else
            {
                await Console.Out.WriteAsync(json ? ContactsOutput.ToJson(snapshot) + "\n" : ContactsOutput.ToText(snapshot));
            }

            if (csv || json)
            {
                foreach (var problem in ContactsOutput.Problems(snapshot))
                {
                    await Console.Error.WriteLineAsync(problem);
                }
            }

            await host.StopAsync(cancellationToken);
            return CliCommands.Ok;
        }, QuietLogs);
    }
}
