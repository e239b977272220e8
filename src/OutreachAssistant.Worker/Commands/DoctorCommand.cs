using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Doctor;
using OutreachAssistant.Worker.Hosting;

namespace OutreachAssistant.Worker.Commands;

/// <summary>The verb <c>doctor</c>: exit 0 when everything holds, 1 when something needs fixing, 2 for a bad setting.</summary>
public static class DoctorCommand
{
    public static Task<int> RunAsync(CancellationToken cancellationToken) =>
        CliCommands.WithHostAsync(HostMode.Command, async host =>
        {
            await host.StartAsync(cancellationToken);
            var result = await host.Services.GetRequiredService<DoctorService>().RunAsync(Console.Out, cancellationToken);
            await host.StopAsync(cancellationToken);
            return result;
        });
}
