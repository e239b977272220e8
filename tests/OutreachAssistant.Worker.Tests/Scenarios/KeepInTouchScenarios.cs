using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Worker.Configuration;
using static OutreachAssistant.Worker.Tests.Scenarios.ExpectedDraft;

namespace OutreachAssistant.Worker.Tests.Scenarios;

/// <summary>
/// Point 8, and point 1's bounces: a contact who answered gets a keep-in-touch update after six months of
/// quiet, at most twice a year; a bounce stops every thread with the address until mail comes from it.
/// </summary>
public sealed class KeepInTouchScenarios
{
    private const string S = "Observership question";
    private const string Research = "Research question";
    private const string UpdateBody = "Dear Dr. Smith,\nI wanted to share a quick update: my Step 2 scores were released.\nAmira Haddad";
    private const string SecondTry = "Second try: observership";
    private const string Fellow = "Dr. Chidi Okafor <cokafor@childrens.example.org>";
    private const string SecondTryBody = "Dear Dr. Smith,\nI wrote earlier about observerships. Would a short visit in spring be possible?\nAmira Haddad";

    private static readonly Timeline[] Timelines =
    [
        new Timeline("answered, then six months of quiet: one keep-in-touch update, in the conversation")
            .Seed(Mail.Outreach("-20d"), Mail.Reply("-10d"))
            .RunOnce()
            .ExpectThread(S, "your-turn", "your turn: answered on")
            .AdvanceDays(170).RunOnce()
            .ExpectDrafts()
            .AdvanceDays(5).RunOnce()
            .ExpectDrafts(KeepInTouch(S))
            .ExpectThread(S, "answered", "answered on Fri 23 Oct 2026; keep-in-touch update drafted on")
            .AdvanceDays(30).RunOnce()
            .ExpectDrafts(KeepInTouch(S)),
        new Timeline("the director signed her answer 'Jane': the update greets her as she signs")
            .Seed(Mail.Outreach("-20d"), Mail.Reply("-10d", body: "Dear Amira,\nThank you for writing. Let us talk next week.\n\nBest,\nJane"))
            .AdvanceDays(175).RunOnce()
            .ExpectDrafts(KeepInTouch(S))
            .ExpectGreeting("Dear Jane,"),
        new Timeline("the user writes to the contact meanwhile: the six months start again")
            .Seed(Mail.Outreach("-20d"), Mail.Reply("-10d"))
            .RunOnce()
            .AdvanceDays(100).Deliver(Mail.Outreach("now", subject: "Quick update: my Step 2 scores", body: UpdateBody))
            .AdvanceDays(80).RunOnce()
            .ExpectDrafts()
            .AdvanceDays(110).RunOnce()
            .ExpectDrafts(KeepInTouch(S)),
        new Timeline("at most twice a year: with updates due every 90 days, the third waits a year from the first")
            .With($"{FollowUpOptions.SectionName}:KeepInTouch:After", "90.00:00:00")
            .Seed(Mail.Outreach("-20d"), Mail.Reply("-10d"))
            .AdvanceDays(81).RunOnce()
            .ExpectDrafts(KeepInTouch(S))
            .UserDeletesDrafts()
            .AdvanceDays(91).RunOnce()
            .ExpectDrafts(KeepInTouch(S, "deleteditems"), KeepInTouch(S))
            .UserDeletesDrafts()
            .AdvanceDays(91).RunOnce()
            .ExpectDrafts(KeepInTouch(S, "deleteditems"), KeepInTouch(S, "deleteditems"))
            .ExpectThread(S, "answered", "answered on Fri 23 Oct 2026; at most 2 keep-in-touch updates a year")
            .ExpectNextAction(S, new DateTimeOffset(2028, 1, 24, 9, 0, 0, TimeSpan.FromHours(-5)))
            .AdvanceDays(185).RunOnce()
            .ExpectDrafts(KeepInTouch(S, "deleteditems"), KeepInTouch(S, "deleteditems"), KeepInTouch(S)),
        new Timeline("the user writes their own update while ours waits: ours is marked 'you wrote since'")
            .Seed(Mail.Outreach("-20d"), Mail.Reply("-10d"))
            .AdvanceDays(175).RunOnce()
            .ExpectDrafts(KeepInTouch(S))
            .AdvanceDays(1).Deliver(Mail.Outreach("now", subject: "Quick update: my Step 2 scores", body: UpdateBody))
            .RunOnce()
            .ExpectDrafts(KeepInTouch(S, "inbox", WroteSince)),
        new Timeline("the contact writes after the update was drafted: it is marked 'reply received'")
            .Seed(Mail.Outreach("-20d"), Mail.Reply("-10d"))
            .AdvanceDays(175).RunOnce()
            .AdvanceDays(1).Deliver(Mail.Reply("now"))
            .RunOnce()
            .ExpectDrafts(KeepInTouch(S, "inbox", ReplyReceived)),
        new Timeline("the first sync of an old mailbox read whole: no update to a contact quiet for two years, and no follow-up to year-old mail")
            .With($"{SyncOptions.SectionName}:History", string.Empty)
            .Seed(
                Mail.Outreach("-760d"),
                Mail.Reply("-750d"),
                Mail.Outreach("-400d", subject: SecondTry, body: SecondTryBody, to: Mail.Mentor))
            .RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "answered", "answered on")
            .ExpectThread(SecondTry, "moved-on", "too late for a follow-up: it was due on")
            .AdvanceDays(400).RunOnce()
            .ExpectDrafts(),
        new Timeline($"{SyncOptions.SectionName}:History, a year by default: the first sync leaves out older mail, and tracks the rest")
            .Seed(
                Mail.Outreach("-400d", subject: SecondTry, body: SecondTryBody, to: Mail.Mentor),
                Mail.Outreach("-20d"))
            .RunOnce()
            .ExpectThreadCount(1)
            .ExpectDraftCount(1),
        new Timeline("four contacts quiet for six months: three updates on the first day, the fourth the next")
            .Seed(
                Mail.Outreach("-200d"),
                Mail.Reply("-190d"),
                Mail.Outreach("-200d", subject: Research, to: Mail.Mentor, body: "Dear Prof. Ruiz,\nCould I help with a project in your lab?\nAmira Haddad"),
                Mail.Reply("-190d", subject: Research, from: Mail.Mentor),
                Mail.Outreach("-200d", subject: "Elective question", to: Mail.Coordinator, body: "Dear Ms. Lopez,\nWould an elective in spring be possible?\nAmira Haddad"),
                Mail.Reply("-190d", subject: "Elective question", from: Mail.Coordinator),
                Mail.Outreach("-200d", subject: "Shadowing question", to: Fellow, body: "Dear Dr. Okafor,\nCould I shadow you for a day in clinic?\nAmira Haddad"),
                Mail.Reply("-190d", subject: "Shadowing question", from: Fellow))
            .RunOnce()
            .ExpectDraftCount(3)
            .Advance(TimeSpan.FromHours(25)).RunOnce()
            .ExpectDrafts(KeepInTouch(S), KeepInTouch(Research), KeepInTouch("Elective question"), KeepInTouch("Shadowing question")),
        new Timeline($"{FollowUpOptions.SectionName}:KeepInTouch:Enabled false: an answered contact gets nothing more, ever")
            .With($"{FollowUpOptions.SectionName}:KeepInTouch:Enabled", "false")
            .Seed(Mail.Outreach("-20d"), Mail.Reply("-10d"))
            .RunOnce()
            .AdvanceDays(400).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "answered"),
        new Timeline("two answered conversations with one contact: one update, in the later one")
            .Seed(
                Mail.Outreach("-60d"),
                Mail.Reply("-50d"),
                Mail.Outreach("-20d", subject: Research, body: "Dear Dr. Smith,\nCould I help with a project in your lab this spring?\nAmira Haddad"),
                Mail.Reply("-10d", subject: Research))
            .AdvanceDays(175).RunOnce()
            .ExpectDrafts(KeepInTouch(Research))
            .ExpectThread(S, "answered", "answered on")
            .AdvanceDays(1).RunOnce()
            .ExpectDrafts(KeepInTouch(Research)),
        new Timeline("a bounce marks the contact: a later outreach to the address gets no draft, and status says why")
            .Seed(Mail.Outreach("-15d"), Mail.Bounce("-15d"), Mail.Outreach("-11d", subject: SecondTry, body: SecondTryBody))
            .RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "undeliverable", "delivery failed on")
            .ExpectFinding(S, "delivery.undeliverable")
            .ExpectThread(SecondTry, "undeliverable", "mail to this address bounced on"),
        new Timeline("after a bounce the contact writes from the address: follow-ups to it resume")
            .Seed(
                Mail.Outreach("-40d"),
                Mail.Bounce("-40d"),
                Mail.Reply("-30d", subject: "Hello from the clinic", conversation: "hello"),
                Mail.Outreach("-11d", subject: SecondTry, body: SecondTryBody))
            .RunOnce()
            .ExpectDrafts(Inbox(SecondTry)),
    ];

    public static TheoryData<string> Names => new(Timelines.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public Task Timeline_EndsWithExactlyTheseDrafts(string name) => Timelines.Single(t => t.Name == name).PlayAsync();
}
