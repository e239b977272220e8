using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Findings;

/// <summary>
/// The user writing to a contact again in a new conversation is their own follow-up of the open thread: the
/// follow-up rules judge it against the whole thread, and it starts no second thread.
/// </summary>
public sealed class OwnFollowUpElsewhereTests
{
    private const string Body = """
        Dear Dr. Smith,

        I am writing again about observerships at Riverside, in case my earlier note went astray.
        Would you have 15 minutes in the coming weeks to advise me?

        Thank you for your time.

        Amira Haddad
        """;

    [Fact]
    public async Task Sync_NewConversationToContactFiveDaysAfterOutreach_TooSoonInStatusAndOutlookAndNoSecondThread()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("now")]);
        await world.RunOnceAsync();
        world.Clock.Advance(TimeSpan.FromDays(5));

        // Written with the address in other case: it is still the same contact.
        var id = await SendAsync(world, "now", "thread-2", to: "Dr. Jane Smith <JSmith@Childrens.Example.org>");
        await world.RunOnceAsync();

        var thread = Assert.Single(await world.StatusAsync());
        Assert.Equal("followed-up", thread.State);
        Assert.Equal(["followup.too-soon"], FollowUpRulesOn(thread, id));
        Assert.Contains("Outreach: follow-up too soon", await CategoriesOfAsync(world, id));
    }

    [Fact]
    public async Task Sync_ThirdMessageInAnotherConversationSevenDaysAfterTheSecond_RepeatWithinTwoWeeks()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-12d")]);
        var second = await SendAsync(world, "-7d", "thread-2");
        var third = await SendAsync(world, "now", "thread-3");

        await world.RunOnceAsync();

        var thread = Assert.Single(await world.StatusAsync());
        Assert.Equal(["followup.too-soon"], FollowUpRulesOn(thread, second));
        Assert.Equal(["followup.repeat-within-two-weeks", "followup.too-many"], FollowUpRulesOn(thread, third));
        Assert.Contains("Outreach: repeated follow-up", await CategoriesOfAsync(world, third));
    }

    [Fact]
    public async Task Sync_MessageInTheThreadsOwnConversation_JudgedWithTheFollowUpSentElsewhere()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-10d")]);
        await SendAsync(world, "-7d", "thread-2");
        var inThread = await SendAsync(world, "now", "thread-1", subject: "RE: IMG applicant (Class of 2024) - question about observerships");

        await world.RunOnceAsync();

        // Ten days after the outreach alone would be no finding; seven after the follow-up sent elsewhere is a repeat.
        var thread = Assert.Single(await world.StatusAsync());
        Assert.Contains("followup.repeat-within-two-weeks", FollowUpRulesOn(thread, inThread));
    }

    [Fact]
    public async Task Sync_NewConversationAfterTheContactAnswered_NewThreadWithoutFollowUpFindings()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-20d"), Outreach.ReplyFromDirector("-15d")]);
        var fresh = await SendAsync(world, "now", "thread-2", subject: "Research elective question");

        await world.RunOnceAsync();

        var threads = await world.StatusAsync();
        Assert.Equal(2, threads.Count);
        var answered = Assert.Single(threads, t => t.Subject != "Research elective question");
        Assert.Equal("answered", answered.State);
        var started = Assert.Single(threads, t => t.Subject == "Research elective question");
        Assert.Equal("waiting", started.State);
        Assert.Empty(FollowUpRulesOn(started, fresh));
    }

    private static async Task<string> SendAsync(SandboxWorld world, string sent, string conversation, string to = Outreach.Director, string subject = "Observerships at Riverside") =>
        (await world.DeliverAsync(new SeedMessage
        {
            Folder = "sentitems",
            From = SandboxWorld.Owner,
            To = [to],
            Subject = subject,
            Body = Body,
            Sent = sent,
            Conversation = conversation,
        })).GetProperty("id").GetString()!;

    private static List<string> FollowUpRulesOn(ThreadStatus thread, string messageId) =>
        [.. thread.Findings.Where(f => f.MessageId == messageId && f.RuleId.StartsWith("followup.", StringComparison.Ordinal)).Select(f => f.RuleId).Order(StringComparer.Ordinal)];

    private static async Task<List<string?>> CategoriesOfAsync(SandboxWorld world, string messageId) =>
        [.. (await world.MessagesAsync()).Single(m => m.GetProperty("id").GetString() == messageId).GetProperty("categories").EnumerateArray().Select(c => c.GetString())];
}
