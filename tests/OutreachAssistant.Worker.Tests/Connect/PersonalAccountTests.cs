using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Connect;

/// <summary>
/// Personal (outlook.com) accounts are reported to answer <c>GET mailboxSettings</c> with 403 ErrorAccessDenied
/// (mpalermiti/outlook-mcp#29). The mailbox still syncs and drafts; its zone is read from the user's own
/// replies, and <c>outreach status</c> says what was assumed.
/// </summary>
public sealed class PersonalAccountTests
{
    /// <summary>A reply Amira wrote in Outlook on Sunday 1 November (New York is on EST, UTC-5, since that morning).</summary>
    private static readonly SeedMessage[] DinnerThread =
    [
        new()
        {
            Key = "dinner", Folder = "inbox", From = "Omar Haddad <omar@family.example>", To = [SandboxWorld.Owner],
            Subject = "Dinner", Body = "Dinner at 7?", Sent = "2026-11-01T18:40:17Z", Conversation = "dinner",
        },
        new()
        {
            Key = "dinner-reply", Folder = "sentitems", From = SandboxWorld.Owner, To = ["Omar Haddad <omar@family.example>"],
            Subject = "RE: Dinner", Sent = "2026-11-01T19:05:00Z", Conversation = "dinner", InReplyTo = "dinner",
            Body = "See you then.\r\n\r\n________________________________\r\nFrom: Omar Haddad <omar@family.example>\r\n"
                + "Sent: Sunday, November 1, 2026 1:40 PM\r\nTo: Amira Haddad <amira.haddad@outlook.example>\r\nSubject: Dinner\r\n\r\nDinner at 7?",
        },
    ];

    [Fact]
    public async Task PersonalAccount_SyncsAndDrafts_ZoneFromTheUsersOwnReply_StatusSaysSo()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-16d"), .. DinnerThread], mailbox: m => m["account"] = "personal");

        var created = await world.RunOnceAsync();

        var mailbox = Assert.Single((await world.SnapshotAsync()).Mailboxes);
        Assert.Equal(1, created);
        Assert.Equal("ok", mailbox.Status);
        Assert.Equal("UTC-05:00", mailbox.TimeZone);
        Assert.StartsWith("time zone assumed from your sent mail: UTC-05:00; working hours assumed Monday to Friday, 09:00 to 17:00", mailbox.Assumed, StringComparison.Ordinal);
        Assert.Contains("403 ErrorAccessDenied", mailbox.Assumed, StringComparison.Ordinal);
        Assert.Contains("times in UTC-05:00; time zone assumed from your sent mail", StatusReport.ToText(await world.SnapshotAsync()), StringComparison.Ordinal);

        // The draft quotes the outreach (sent 17 October, 15:00 UTC) on the learnt clock, not in UTC.
        var draft = Assert.Single(await world.DraftsAsync());
        Assert.Contains("Sent: Saturday, October 17, 2026 10:00 AM", draft.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalAccount_NoReplyShowsTheClock_SyncsAndDraftsInUtc_StatusSaysSo()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-16d")], mailbox: m => m["account"] = "personal");

        var created = await world.RunOnceAsync();

        var mailbox = Assert.Single((await world.SnapshotAsync()).Mailboxes);
        Assert.Equal(1, created);
        Assert.Equal("ok", mailbox.Status);
        Assert.Equal(TimeZoneInfo.Utc.Id, mailbox.TimeZone);
        Assert.StartsWith("time zone assumed UTC: no reply in your sent mail shows your clock", mailbox.Assumed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkAccount_ClockFromMailboxSettings_NothingAssumed()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-16d")]);

        await world.RunOnceAsync();

        var mailbox = Assert.Single((await world.SnapshotAsync()).Mailboxes);
        Assert.Equal("Eastern Standard Time", mailbox.TimeZone);
        Assert.Null(mailbox.Assumed);
    }
}
