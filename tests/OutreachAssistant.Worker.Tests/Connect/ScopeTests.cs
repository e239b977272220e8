using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Connect;

/// <summary>
/// The sandbox's tokens carry scopes and refuse what a scope does not allow, as Graph's permissions tables
/// say: the service works with exactly the scopes it asks for, and with less where it can.
/// </summary>
public sealed class ScopeTests
{
    private const string Token = "amira-token";

    [Fact]
    public async Task Delegated_ExactlyTheScopesTheServiceAsksFor_SyncsAndDrafts()
    {
        var asked = GraphScopes.Delegated(calendar: false).Select(s => s[(s.LastIndexOf('/') + 1)..]).ToArray();
        await using var world = await StartAsync(asked);

        var created = await world.RunOnceAsync();

        var mailbox = Assert.Single((await world.SnapshotAsync()).Mailboxes);
        Assert.Equal(1, created);
        Assert.Equal("ok", mailbox.Status);
        Assert.Null(mailbox.Assumed);
    }

    [Fact]
    public async Task Delegated_WithoutMailboxSettingsRead_SyncsAndDraftsAsAPersonalAccountWould()
    {
        await using var world = await StartAsync("Mail.ReadWrite", "User.Read");

        var created = await world.RunOnceAsync();

        var mailbox = Assert.Single((await world.SnapshotAsync()).Mailboxes);
        Assert.Equal(1, created);
        Assert.Equal("ok", mailbox.Status);
        Assert.Contains("403 ErrorAccessDenied", mailbox.Assumed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppOnly_MailboxNamedByAddress_NoDirectoryPermission_SyncsAndDrafts()
    {
        await using var world = await StartAsync("Mail.ReadWrite", "MailboxSettings.Read");
        world.Overrides[$"{MailboxesOptions.SectionName}:0:User"] = "amira.haddad@outlook.example";

        var created = await world.RunOnceAsync();

        var mailbox = Assert.Single((await world.SnapshotAsync()).Mailboxes);
        Assert.Equal(1, created);
        Assert.Equal("ok", mailbox.Status);
        Assert.Equal("Eastern Standard Time", mailbox.TimeZone);
    }

    private static Task<SandboxWorld> StartAsync(params string[] scopes) =>
        SandboxWorld.StartAsync([Outreach.ToDirector("-16d")], mailbox: m =>
        {
            m["accessToken"] = Token;
            m["scopes"] = scopes;
        });
}
