using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Findings;

/// <summary>Etiquette findings reach the user: as categories on the sent message in Outlook, and in status.</summary>
public sealed class FindingsEndToEndTests
{
    private const string Clean = """
        Dear Dr. Smith,

        I am Amira Haddad, a 2024 graduate of St. Brigid University School of Medicine, applying to pediatrics.
        Your program's work with newborn care is why I am writing to you in particular.
        Would you have 15 minutes in the coming weeks to advise me on observerships at Riverside?

        Thank you for your time.

        Amira Haddad
        St. Brigid University School of Medicine, Class of 2024
        amira.haddad@outlook.example
        """;

    [Fact]
    public async Task Sync_OutreachWithUnfilledPlaceholder_TaggedInOutlookAndShownInStatus()
    {
        var careless = Outreach.ToDirector("-2d") with { Body = Clean.Replace("Riverside", "[Program Name]", StringComparison.Ordinal) };
        await using var world = await SandboxWorld.StartAsync([careless]);

        await world.RunOnceAsync();

        var sent = (await world.MessagesAsync()).Single(m => m.GetProperty("folder").GetString() == "sentitems");
        var categories = sent.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("Outreach: unfilled placeholder", categories);
        var finding = Assert.Single(Assert.Single(await world.StatusAsync()).Findings, f => f.RuleId == "content.placeholder");
        Assert.Equal("error", finding.Severity);
        Assert.Contains("guide", finding.Source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sync_CleanOutreach_NoCategoryAdded()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-2d") with { Body = Clean }]);

        await world.RunOnceAsync();

        var sent = (await world.MessagesAsync()).Single(m => m.GetProperty("folder").GetString() == "sentitems");
        Assert.DoesNotContain(sent.GetProperty("categories").EnumerateArray(), c => c.GetString()!.StartsWith("Outreach: ", StringComparison.Ordinal));
        Assert.DoesNotContain(Assert.Single(await world.StatusAsync()).Findings, f => f.Severity is "warning" or "error");
    }
}
