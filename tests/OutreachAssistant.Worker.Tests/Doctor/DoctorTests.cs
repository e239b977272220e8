using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Worker.Doctor;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Doctor;

public sealed class DoctorTests
{
    [Fact]
    public async Task Doctor_HealthyMailbox_AllOkExitZero()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        using var host = world.BuildHost(HostMode.Command);
        using var output = new StringWriter();

        var exit = await host.Services.GetRequiredService<DoctorService>().RunAsync(output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("ok    mailbox amira: Graph answers; time zone Eastern Standard Time", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_TokenRefused_SaysToSignInExitOne()
    {
        await using var world = await SandboxWorld.StartAsync([]);
        using (var admin = new HttpClient())
        {
            using var fault = await admin.PostAsJsonAsync(new Uri($"{world.Sandbox.AdminUrl}/faults"), new { status = 401, count = -1 });
            fault.EnsureSuccessStatusCode();
        }

        using var host = world.BuildHost(HostMode.Command);
        using var output = new StringWriter();

        var exit = await host.Services.GetRequiredService<DoctorService>().RunAsync(output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("FAIL  mailbox amira", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("fix: run `outreach login`", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_DeviceCodeWithoutSignIn_NamesTheCommand()
    {
        await using var world = await SandboxWorld.StartAsync([]);
        var settings = new Dictionary<string, string?>(world.Settings)
        {
            [$"{AuthOptions.SectionName}:Mode"] = "DeviceCode", [$"{AuthOptions.SectionName}:ClientId"] = "11111111-2222-3333-4444-555555555555", [$"{AuthOptions.SectionName}:AllowUnencryptedTokenCache"] = "true",
        };
        using var host = OutreachHost.Build(HostMode.Command, settings, world.Clock, world.Root);
        using var output = new StringWriter();

        var exit = await host.Services.GetRequiredService<DoctorService>().RunAsync(output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("FAIL  sign-in: nobody has signed in", output.ToString(), StringComparison.Ordinal);
    }
}
