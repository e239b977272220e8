using OutreachAssistant.Graph;
using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Worker.Drafts;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Drafts;

/// <summary>
/// <c>outreach drafts</c>: every draft the service made that is still unsent, read from the mailbox as it is now (the
/// user's edits, where it was moved, the category saying it was overtaken), or from the record when the mailbox cannot be read.
/// </summary>
public sealed class DraftsReportTests
{
    private const string Subject = "IMG applicant (Class of 2024) - question about observerships";

    [Fact]
    public async Task Drafts_FollowUpMade_ListedWaitingWithItsOwnTextAndNotTheQuotedOriginal()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.RunOnceAsync();

        var snapshot = await world.UnsentDraftsAsync();

        var draft = Assert.Single(snapshot.Drafts);
        Assert.Equal((SandboxWorld.MailboxId, "follow-up", 1), (draft.Mailbox, draft.Purpose, draft.Sequence));
        Assert.Equal((Outreach.DirectorAddress, "Dr. Jane Smith", Subject), (draft.Contact, draft.ContactName, draft.Subject));
        Assert.Equal(("inbox", DraftCondition.Waiting), (draft.Folder, draft.State));
        Assert.Equal(TimeSpan.FromHours(-5), draft.CreatedAt.Offset);
        Assert.StartsWith("Dear Dr. Smith,\n", draft.Text, StringComparison.Ordinal);
        Assert.EndsWith("\nAmira Haddad", draft.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Would a short observership be possible?", draft.Text, StringComparison.Ordinal);
        Assert.Equal(new MailboxDrafts(SandboxWorld.MailboxId, Read: true, Count: 1), Assert.Single(snapshot.Mailboxes));
    }

    [Fact]
    public async Task Drafts_UserEditedTheDraft_ShowsTheirText()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.RunOnceAsync();
        var id = Assert.Single(await world.DraftsAsync()).GetProperty("id").GetString()!;
        await world.PatchMessageAsync(id, """{"body":{"contentType":"text","content":"Dear Jane,\nMy own words, written in Outlook.\nAmira"}}""");

        var draft = Assert.Single((await world.UnsentDraftsAsync()).Drafts);

        Assert.Equal("Dear Jane,\nMy own words, written in Outlook.\nAmira", draft.Text);
    }

    [Fact]
    public async Task Drafts_ReplyArrivedAfterTheDraft_Stale()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.RunOnceAsync();
        world.Clock.Advance(TimeSpan.FromDays(1));
        await world.DeliverAsync(Outreach.ReplyFromDirector("now"));
        await world.RunOnceAsync();

        var draft = Assert.Single((await world.UnsentDraftsAsync()).Drafts);

        Assert.Equal(DraftCondition.Stale, draft.State);
    }

    [Fact]
    public async Task Drafts_UserWroteToTheContactSince_Superseded()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.RunOnceAsync();
        world.Clock.Advance(TimeSpan.FromDays(1));
        await world.DeliverAsync(Outreach.ToDirector("now", key: "own-follow-up") with { Subject = $"RE: {Subject}" });
        await world.RunOnceAsync();

        var draft = Assert.Single((await world.UnsentDraftsAsync()).Drafts);

        Assert.Equal(DraftCondition.Superseded, draft.State);
    }

    [Fact]
    public async Task Drafts_UserDeletedTheDraft_NotListed()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.RunOnceAsync();
        await world.DeleteMessageAsync(Assert.Single(await world.DraftsAsync()).GetProperty("id").GetString()!);

        var snapshot = await world.UnsentDraftsAsync();

        Assert.Empty(snapshot.Drafts);
        Assert.Contains("mailbox amira: no unsent drafts (the ones made were sent or deleted)\n", DraftsOutput.ToText(snapshot), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_MailboxCannotBeRead_ListedFromTheRecordUnderOneLineSayingTheTextCouldNotBeRead()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.RunOnceAsync();
        await world.AddFaultAsync(new { status = 401, count = -1 });

        var snapshot = await world.UnsentDraftsAsync();
        var text = DraftsOutput.ToText(snapshot);

        var draft = Assert.Single(snapshot.Drafts);
        Assert.Null(draft.Text);
        Assert.Equal((Outreach.DirectorAddress, "inbox", DraftCondition.Waiting), (draft.Contact, draft.Folder, draft.State));
        var mailbox = Assert.Single(snapshot.Mailboxes);
        Assert.False(mailbox.Read);
        var line = Assert.Single(text.Split('\n'), l => l.Contains("could not be read", StringComparison.Ordinal));
        Assert.Equal("mailbox amira: the drafts' text could not be read (Graph refused the token (401): run `outreach login`); 1 draft(s) listed from the record, some perhaps sent or deleted since", line);
        Assert.Contains($"waiting     follow-up 1 to Dr. Jane Smith <{Outreach.DirectorAddress}>\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("| ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_MailboxUnreachableWithoutRetries_ListedFromTheRecordAtOnce()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.RunOnceAsync();

        // Nothing listens on the discard port; Graph:Resilience:MaxRetries 0 asks for no retries.
        world.Overrides[$"{GraphOptions.SectionName}:BaseUrl"] = "http://127.0.0.1:9/v1.0";
        world.Overrides[$"{GraphResilienceOptions.SectionName}:MaxRetries"] = "0";
        var snapshot = await world.UnsentDraftsAsync();

        Assert.Null(Assert.Single(snapshot.Drafts).Text);
        Assert.StartsWith("Graph could not be reached", Assert.Single(snapshot.Mailboxes).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_NoneMade_OneLinePerMailbox()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-3d")]);
        await world.RunOnceAsync();

        var snapshot = await world.UnsentDraftsAsync();

        Assert.Empty(snapshot.Drafts);
        Assert.EndsWith("mailbox amira: no drafts made yet\n", DraftsOutput.ToText(snapshot), StringComparison.Ordinal);
    }
}
