using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.DryRun;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Locking;
using OutreachAssistant.Worker.Sync;
using OutreachAssistant.Sandbox;
using Spectre.Console;

namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// What each verb of <c>outreach</c> does. Exit codes: 0 done (also <c>run</c> stopped by SIGTERM or Ctrl-C);
/// 1 failed; 2 a bad setting or seed; 3 a state file of another version; 4 <c>run --once</c> finished but a
/// mailbox failed or needs sign-in; 5 a storage fault; 6 the data folder is busy with another process;
/// 130 <c>run --once</c> interrupted by Ctrl-C or SIGTERM.
/// </summary>
public static class CliCommands
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadConfiguration = 2;

    /// <summary>Restarting cannot help: someone must move the old state file aside.</summary>
    public const int StateOfAnotherVersion = 3;

    /// <summary>The others were served; cron should tell someone about the mailbox named on standard error.</summary>
    public const int MailboxesUnserved = 4;

    /// <summary>A state, schedule or sandbox file could not be read or written.</summary>
    public const int StorageFault = 5;

    /// <summary>Another process held the data folder for all of <c>Storage:LockTimeout</c>; trying later will do.</summary>
    public const int DataFolderBusy = 6;

    /// <summary>128 + SIGINT, as shells report a command stopped by Ctrl-C; SIGTERM gets the same.</summary>
    public const int Interrupted = 130;

    /// <summary>While the sync's progress redraws its lines in a terminal, the console log keeps to warnings: lines of its own would break the display.</summary>
    private static readonly Dictionary<string, string?> LiveConsoleSettings = new() { ["Logging:Console:LogLevel:Default"] = "Warning" };

    public static Task<int> RunServiceAsync(CancellationToken cancellationToken) =>
        GuardAsync(HostMode.Service, async host =>
        {
            PrintBanner(host);
            try
            {
                await host.RunAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping on a signal is how a service ends.
            }

            return Ok;
        });

    /// <param name="dryRun">Sync and plan on a copy of the state with read-only mailboxes, and print the drafts it would make.</param>
    /// <param name="cancellationToken">Ctrl-C and SIGTERM.</param>
    public static Task<int> RunOnceAsync(bool dryRun, CancellationToken cancellationToken) =>
        GuardAsync(dryRun ? HostMode.DryRun : HostMode.Command, async host =>
        {
            PrintBanner(host);
            if (dryRun)
            {
                await Console.Out.WriteLineAsync(DryRunReport.Banner);
            }

            // The host's console lifetime takes SIGTERM and Ctrl-C and only says so through ApplicationStopping;
            // the command line's token hears them too. Either stops the run.
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
            OnceRunResult result;
            try
            {
                await host.StartAsync(stop.Token);
                var runner = host.Services.GetRequiredService<OnceRunner>();
                result = SyncProgressDisplay.IsLive
                    ? await SyncProgressDisplay.ShowWhileAsync(AnsiConsole.Console, host.Services.GetRequiredService<SyncProgress>(), () => runner.RunAsync(stop.Token))
                    : await runner.RunAsync(stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync(dryRun
                    ? "Interrupted: the dry run stopped before its end; nothing was written to the mailbox or the state."
                    : "Interrupted: the run stopped before its end; the next run goes on from where it stopped.");
                await StopQuietlyAsync(host);
                return Interrupted;
            }

            await Console.Out.WriteAsync(dryRun
                ? DryRunReport.ToText(result.Planned)
                : $"Done: {result.Created} draft(s) created (follow-ups and keep-in-touch updates). Read them with: outreach drafts (every thread: outreach status)\n");
            await StopQuietlyAsync(host);
            if (result.Unserved.Count > 0)
            {
                // A dry run kept the mailbox's status on its copy of the state, which is gone: it says why here.
                var each = string.Join(", ", result.Unserved.Select(m => dryRun ? $"{m.MailboxId} ({m.Status}: {m.Detail})" : $"{m.MailboxId} ({m.Status})"));
                await Console.Error.WriteLineAsync(dryRun
                    ? $"Not served: {each}; the other mailboxes were."
                    : $"Not served: {each}; the other mailboxes were. See why with: outreach status");
                return MailboxesUnserved;
            }

            return Ok;
        }, SyncProgressDisplay.IsLive ? LiveConsoleSettings : null);

    /// <param name="json">JSON instead of text.</param>
    /// <param name="filter">The states and mailboxes to list; one that is not there is one line and exit 1.</param>
    /// <param name="cancellationToken">Ctrl-C and SIGTERM.</param>
    public static Task<int> StatusAsync(bool json, StatusFilter filter, CancellationToken cancellationToken) =>
        GuardAsync(HostMode.Command, async host =>
        {
            await host.StartAsync(cancellationToken);
            try
            {
                var snapshot = await host.Services.GetRequiredService<StatusReport>().ReadAsync(filter, cancellationToken);
                await Console.Out.WriteAsync(json ? StatusReport.ToJson(snapshot) + "\n" : StatusReport.ToText(snapshot));
                return Ok;
            }
            catch (StatusFilterException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return Failed;
            }
            finally
            {
                await host.StopAsync(cancellationToken);
            }
        });

    /// <summary>Builds the host for a command and turns a bad setting into one line and exit code 2.</summary>
    public static Task<int> WithHostAsync(HostMode mode, Func<IHost, Task<int>> action, IReadOnlyDictionary<string, string?>? settings = null) =>
        GuardAsync(mode, action, settings);

    private static async Task<int> GuardAsync(HostMode mode, Func<IHost, Task<int>> action, IReadOnlyDictionary<string, string?>? settings = null)
    {
        try
        {
            using var host = OutreachHost.Build(mode, settings);
            return await action(host);
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"Configuration error: {ex.Failures.First()}");
            return BadConfiguration;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault() is OptionsValidationException first)
        {
            // Start-up validation gathers every bad section; the first one is enough to act on.
            await Console.Error.WriteLineAsync($"Configuration error: {first.Failures.First()}");
            return BadConfiguration;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"Configuration error: {ex.Message}");
            return BadConfiguration;
        }
        catch (SettingsFileException ex)
        {
            await Console.Error.WriteLineAsync($"Configuration error: {ex.Message}");
            return BadConfiguration;
        }
        catch (StateSchemaMismatchException ex)
        {
            await Console.Error.WriteLineAsync($"State error: {ex.Message}");
            return StateOfAnotherVersion;
        }
        catch (SandboxSeedException ex)
        {
            await Console.Error.WriteLineAsync($"Seed error: {ex.Message}");
            return BadConfiguration;
        }
        catch (DataFolderBusyException ex)
        {
            await Console.Error.WriteLineAsync($"Busy: {ex.Message}");
            return DataFolderBusy;
        }
        catch (Exception ex) when (StorageFaults.StorageFault.From(ex) is { } fault)
        {
            await Console.Error.WriteLineAsync(fault.Line);
            return StorageFault;
        }
        catch (OperationCanceledException)
        {
            return Ok;
        }
    }

    /// <summary>Stops the host with a bounded wait, whatever token the command had: it may be the cancelled one.</summary>
    private static async Task StopQuietlyAsync(IHost host)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await host.StopAsync(limit.Token);
    }

    /// <summary>Where the settings and the state are, then, for the embedded sandbox, that nothing real is touched.</summary>
    private static void PrintBanner(IHost host)
    {
        Console.Out.Write(LocationsInUse.Of(host.Services.GetRequiredService<OutreachPaths>()).ToText());
        var graph = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        if (graph.Mode != GraphConnectionMode.Sandbox)
        {
            return;
        }

        var seeds = host.Services.GetRequiredService<OutreachPaths>().SeedDirectory;
        Console.Out.WriteLine($"""
            OutreachAssistant is using its embedded sandbox mailbox, seeded with demo data from {seeds}.
            Nothing real is read or written. To use a real mailbox, set {GraphOptions.SectionName}:Mode to Remote (see README, "Connect your Outlook mailbox").
            """);
    }
}
