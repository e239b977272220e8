using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Logging;

public sealed class LogPrivacyTests
{
    [Fact]
    public async Task RunOnce_LogsAtInformation_HoldNoAddressSubjectOrBody()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d"), Outreach.AutomaticReply("-11d")]);
        var logs = new CapturingLoggerProvider();

        // The automatic reply says the director is back on 16 November; the follow-up is due after that.
        world.Clock.Advance(TimeSpan.FromDays(16));

        var created = await world.RunOnceAsync(services => services.AddSingleton<ILoggerProvider>(logs));

        Assert.Equal(1, created);
        var visible = logs.Entries.Where(e => e.Level >= LogLevel.Information && e.Category.StartsWith("OutreachAssistant", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(visible);
        Assert.All(visible, e =>
        {
            Assert.DoesNotContain("@", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("observerships", e.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Dear Dr. Smith", e.Message, StringComparison.Ordinal);
        });
    }
}
