using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Probe;

namespace OutreachAssistant.Worker.Commands;

/// <summary>The verb <c>probe</c>: exit 0 when every check holds, 1 when one fails, 2 for a bad setting.</summary>
public static class ProbeCommand
{
    public static Task<int> RunAsync(string? mailboxId, CancellationToken cancellationToken) =>
        CliCommands.WithHostAsync(HostMode.Command, async host =>
        {
            await host.StartAsync(cancellationToken);
            var result = await host.Services.GetRequiredService<ProbeService>().RunAsync(mailboxId, Console.Out, cancellationToken);
            await host.StopAsync(cancellationToken);
            return result;
        });
}
