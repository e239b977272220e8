using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Sandbox;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Hosting;

namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// <c>outreach sandbox [--seed DIR] [--port N]</c>: the Graph-compatible sandbox alone, on loopback, until Ctrl-C or
/// SIGTERM (exit 0). The worker reaches it as it reaches Outlook, so crash and multi-process tests can kill the
/// worker and keep the mailbox. Its file is <c>Sandbox:DatabaseFile</c> in <c>Storage:DataDirectory</c>, as the
/// embedded one's; a bad seed is one line and exit code 2.
/// </summary>
public static class SandboxCommand
{
    private const string SeedDirectoryKey = $"{EmbeddedSandboxOptions.SectionName}:{nameof(EmbeddedSandboxOptions.SeedDirectory)}";

    public static Command Create()
    {
        var seed = new Option<string?>("--seed") { Description = $"The folder of seed files (default: {SeedDirectoryKey}); used only when the sandbox's file is new." };
        var port = new Option<int>("--port") { Description = "The loopback port to listen on (default 0: a free port)." };
        var command = new Command("sandbox", "Serve the Graph-compatible sandbox mailbox alone, on loopback, until Ctrl-C; prints its URLs and access tokens.") { seed, port };
        command.SetAction((result, token) => RunAsync(result.GetValue(seed), result.GetValue(port), token));
        return command;
    }

    public static async Task<int> RunAsync(string? seedDirectory, int port, CancellationToken cancellationToken)
    {
        if (port is < 0 or > 65535)
        {
            await Console.Error.WriteLineAsync($"Configuration error: --port must be between 0 and 65535 (was {port}).");
            return CliCommands.BadConfiguration;
        }

        // A folder given on the command line is the user's, relative to where they are; the setting is relative to the content root.
        var settings = seedDirectory is null
            ? null
            : new Dictionary<string, string?> { [SeedDirectoryKey] = Path.GetFullPath(seedDirectory) };
        return await CliCommands.WithHostAsync(HostMode.Command, async host =>
        {
            var paths = host.Services.GetRequiredService<OutreachPaths>();
            Directory.CreateDirectory(paths.DataDirectory);
            var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
            SandboxServer sandbox;
            try
            {
                sandbox = await SandboxServer.StartAsync(
                    new SandboxOptions
                    {
                        DatabasePath = paths.SandboxDatabase,
                        SeedDirectory = paths.SeedDirectory,
                        Url = url,
                        Behaviour = host.Services.GetRequiredService<IOptions<EmbeddedSandboxOptions>>().Value.Behaviour,
                    },
                    cancellationToken);
            }
            catch (IOException ex)
            {
                // Kestrel's "Failed to bind to address ...: address already in use", or a seed file that cannot be read: one line.
                await Console.Error.WriteLineAsync($"Sandbox error: {ex.Message}");
                return CliCommands.Failed;
            }

            await using var running = sandbox;
            await Console.Out.WriteLineAsync(Describe(sandbox, paths.SandboxDatabase));
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await Console.Out.WriteLineAsync("Sandbox stopped.");
            }

            return CliCommands.Ok;
        }, settings);
    }

    /// <summary>The lines a user (or a test's <c>SandboxProcess</c>) reads: one per fact, each "Label: value".</summary>
    private static string Describe(SandboxServer sandbox, string file)
    {
        var lines = new List<string>
        {
            $"Sandbox mailbox server (file {file}); Ctrl-C stops it.",
            $"Base URL: {sandbox.BaseUrl}",
            $"Admin URL: {sandbox.AdminUrl}",
        };
        var first = sandbox.Mailboxes.FirstOrDefault(m => m.IsDefault);
        lines.Add(first is null
            ? $"Access token: {sandbox.AccessToken}"
            : $"Access token: {sandbox.AccessToken} (/me is mailbox {first.Id})");
        lines.AddRange(sandbox.Mailboxes
            .Where(m => m.OwnAccessToken is not null)
            .Select(m => $"Access token of mailbox {m.Id}: {m.OwnAccessToken}"));
        const string graph = GraphOptions.SectionName;
        lines.Add($"Reach it with: {graph}__Mode=Remote {graph}__BaseUrl={sandbox.BaseUrl} {AuthOptions.SectionName}__Mode=AccessToken {graph}__AccessToken={sandbox.AccessToken}");
        return string.Join(Environment.NewLine, lines);
    }
}
