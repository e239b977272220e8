using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.FollowUps;

/// <summary><c>Drafts:TemplateDirectory</c>: the folder the service reads its draft templates from, at start.</summary>
public sealed class DraftTemplateFolderTests
{
    [Fact]
    public async Task RunOnce_OverrideFolder_DraftUsesItsTemplate()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        var folder = Directory.CreateDirectory(Path.Combine(world.Root, "my-templates")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "default.hbs"), "{{greeting}}\n\nA gentle nudge about \"{{subject}}\" of {{sentOn}}. Could you spare a minute?\n\nBest,\n{{signature}}\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "keep-in-touch.hbs"), "{{greeting}}\n\nA short update since \"{{subject}}\".\n\nBest,\n{{signature}}\n");
        world.Overrides[$"{DraftingOptions.SectionName}:TemplateDirectory"] = "my-templates";

        await world.RunOnceAsync();

        var draft = Assert.Single(await world.DraftsAsync());
        Assert.Contains("A gentle nudge about", draft.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("default.hbs", "{{greeting}}\n{{#if name}}never closed\n")]
    [InlineData("default.hbs", "{{greeting}} {{signatur}}\n")]
    [InlineData("mentorhsip.hbs", "{{greeting}}\n")]
    [InlineData("keep-in-touch.hbs", null)]
    public async Task Start_BadTemplate_FailsWithOneLineNamingTheKeyAndTheFile(string file, string? text)
    {
        var root = Directory.CreateTempSubdirectory("outreach-templates-").FullName;
        var folder = Directory.CreateDirectory(Path.Combine(root, "templates")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "default.hbs"), "{{greeting}}\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "keep-in-touch.hbs"), "{{greeting}}\n");

        // No text: the file is missing, and a required template must not be.
        if (text is null)
        {
            File.Delete(Path.Combine(folder, file));
        }
        else
        {
            await File.WriteAllTextAsync(Path.Combine(folder, file), text);
        }

        var failure = await StartFailureAsync(root, "templates");

        Assert.StartsWith($"{DraftingOptions.SectionName}:TemplateDirectory", failure, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(folder, file), failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public async Task Start_MissingFolder_FailsNamingTheKey()
    {
        var root = Directory.CreateTempSubdirectory("outreach-templates-").FullName;

        var failure = await StartFailureAsync(root, "no-such-folder");

        Assert.StartsWith($"{DraftingOptions.SectionName}:TemplateDirectory", failure, StringComparison.Ordinal);
        Assert.Contains("no-such-folder", failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    private static async Task<string> StartFailureAsync(string root, string templateDirectory)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{StorageOptions.SectionName}:DataDirectory"] = Path.Combine(root, "data"),
            [$"{MailboxesOptions.SectionName}:0:Id"] = "demo",
            [$"{DraftingOptions.SectionName}:TemplateDirectory"] = templateDirectory,
        };
        using var host = OutreachHost.Build(HostMode.Command, settings, contentRoot: root);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        return Assert.Single(error.Failures);
    }
}
