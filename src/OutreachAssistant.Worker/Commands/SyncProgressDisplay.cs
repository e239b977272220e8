using System.Globalization;
using OutreachAssistant.Worker.Sync;
using Spectre.Console;

namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// In a terminal, <c>run --once</c> shows each folder's sync as it reads (a first sync of years of mail takes
/// minutes), and the line goes once the run is done. Redirected output gets the plain log lines instead, one every
/// thousand messages.
/// </summary>
public static class SyncProgressDisplay
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(250);

    /// <summary>Whether the standard output is a terminal that can redraw lines.</summary>
    public static bool IsLive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static async Task<T> ShowWhileAsync<T>(IAnsiConsole console, SyncProgress progress, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(work);
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new SpinnerColumn())
            .StartAsync(async context =>
            {
                var lines = new Dictionary<(string, string), ProgressTask>();
                var running = work();
                while (true)
                {
                    Show(context, lines, progress.Snapshot());
                    if (running.IsCompleted)
                    {
                        return await running;
                    }

                    await Task.WhenAny(running, Task.Delay(Refresh));
                }
            });
    }

    /// <summary>One line per folder: how many messages it has read, and "done" once its delta reached its end.</summary>
    public static string Describe(FolderProgress folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var read = folder.Read.ToString("N0", CultureInfo.InvariantCulture);
        return folder.Done ? $"{folder.MailboxId}/{folder.Folder}: {read} messages read, done" : $"{folder.MailboxId}/{folder.Folder}: {read} messages read";
    }

    private static void Show(ProgressContext context, Dictionary<(string, string), ProgressTask> lines, IReadOnlyList<FolderProgress> folders)
    {
        foreach (var folder in folders)
        {
            if (!lines.TryGetValue((folder.MailboxId, folder.Folder), out var line))
            {
                line = context.AddTask(Markup.Escape(Describe(folder)), maxValue: 1);
                line.IsIndeterminate = true;
                lines[(folder.MailboxId, folder.Folder)] = line;
            }

            line.Description = Markup.Escape(Describe(folder));
            if (folder.Done)
            {
                line.IsIndeterminate = false;
                line.Value = 1;
            }
        }
    }
}
