using System.Text.Json;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.FollowUps;

/// <summary>A follow-up goes to the contact alone, whoever else the outreach went to.</summary>
public sealed class DraftRecipientsTests
{
    [Fact]
    public async Task RunOnce_OutreachToFivePeople_FollowUpIsAddressedToTheContactAlone()
    {
        var outreach = Outreach.ToDirector("-11d") with
        {
            To = [Outreach.Director, .. Enumerable.Range(1, 4).Select(i => $"Colleague {i} <colleague{i}@childrens.example.org>")],
        };
        await using var world = await SandboxWorld.StartAsync([outreach]);

        // Five is a mass mail by default (more than 3); the limit is raised so this outreach gets its follow-up.
        world.Overrides[$"{EtiquetteOptions.SectionName}:Rules:audience.mass-mail:MaxRecipients"] = "10";
        var created = await world.RunOnceAsync();

        Assert.Equal(1, created);
        var draft = Assert.Single(await world.DraftsAsync());
        var to = Addresses(draft, "toRecipients");
        Assert.Equal([Outreach.DirectorAddress], to);
        Assert.Empty(Addresses(draft, "ccRecipients"));
        Assert.Empty(Addresses(draft, "bccRecipients"));
    }

    private static List<string> Addresses(JsonElement message, string property) =>
        message.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(r => r.GetProperty("emailAddress").GetProperty("address").GetString()!)]
            : [];
}
