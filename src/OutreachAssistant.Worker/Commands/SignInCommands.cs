using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.SignIn;

namespace OutreachAssistant.Worker.Commands;

/// <summary>The verbs <c>login</c> and <c>logout</c>.</summary>
public static class SignInCommands
{
    public static Task<int> LoginAsync(CancellationToken cancellationToken) =>
        CliCommands.WithHostAsync(HostMode.Command, host => host.Services.GetRequiredService<SignInService>().LoginAsync(Console.Out, cancellationToken));

    public static Task<int> LogoutAsync(CancellationToken cancellationToken) =>
        CliCommands.WithHostAsync(HostMode.Command, host => host.Services.GetRequiredService<SignInService>().LogoutAsync(Console.Out, cancellationToken));
}
