using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Hosting;

namespace OutreachAssistant.Worker.Commands;

/// <summary>What each verb of <c>outreach</c> does. Exit codes: 0 done, 1 failed, 2 bad configuration, 3 a state file of another version.</summary>
public static class CliCommands
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadConfiguration = 2;

    /// <summary>Restarting cannot help: someone must move the old state file aside.</summary>
    public const int StateOfAnotherVersion = 3;

    /// <summary>The data folder or one of its files cannot be used; the files are left as they were.</summary>
    public const int StorageFault = 5;

    public static Task<int> RunServiceAsync(CancellationToken cancellationToken) =>
        GuardAsync(HostMode.Service, async host =>
        {
            PrintBanner(host);
            await host.RunAsync(cancellationToken);
            return Ok;
        });

    public static Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        GuardAsync(HostMode.Command, async host =>
        {
            PrintBanner(host);
            await host.StartAsync(cancellationToken);
            var created = await host.Services.GetRequiredService<OnceRunner>().RunAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"Done: {created} draft(s) created (follow-ups and keep-in-touch updates). See them with: outreach status");
            await host.StopAsync(cancellationToken);
            return Ok;
        });

    public static Task<int> StatusAsync(bool json, CancellationToken cancellationToken) =>
        GuardAsync(HostMode.Command, async host =>
        {
            await host.StartAsync(cancellationToken);
            var snapshot = await host.Services.GetRequiredService<StatusReport>().ReadAsync(cancellationToken);
            await Console.Out.WriteAsync(json ? StatusReport.ToJson(snapshot) + "\n" : StatusReport.ToText(snapshot));
            await host.StopAsync(cancellationToken);
            return Ok;
        });

    /// <summary>Builds the host for a command and turns a bad setting into one line and exit code 2.</summary>
    public static Task<int> WithHostAsync(HostMode mode, Func<IHost, Task<int>> action) => GuardAsync(mode, action);

    private static async Task<int> GuardAsync(HostMode mode, Func<IHost, Task<int>> action)
    {
        try
        {
            using var host = OutreachHost.Build(mode);
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
        catch (StateSchemaMismatchException ex)
        {
            await Console.Error.WriteLineAsync($"State error: {ex.Message}");
            return StateOfAnotherVersion;
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

    private static void PrintBanner(IHost host)
    {
        var graph = host.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        if (graph.Mode != GraphConnectionMode.Sandbox)
        {
            return;
        }

        var sandbox = host.Services.GetRequiredService<IOptions<EmbeddedSandboxOptions>>().Value;
        Console.Out.WriteLine($"""
            OutreachAssistant is using its embedded sandbox mailbox, seeded with demo data from {sandbox.SeedDirectory}.
            Nothing real is read or written. To use a real mailbox, set Graph:Mode to Remote (see README, "Connect your Outlook mailbox").
            """);
    }
}
