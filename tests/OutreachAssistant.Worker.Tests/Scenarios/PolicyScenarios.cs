using OutreachAssistant.Core.FollowUps;
using static OutreachAssistant.Worker.Tests.Scenarios.ExpectedDraft;

namespace OutreachAssistant.Worker.Tests.Scenarios;

/// <summary>Points 3 and 4: the user's own follow-ups, the timing policy, the count per thread and per kind.</summary>
public sealed class PolicyScenarios
{
    private const string S = "Observership question";

    private static readonly Timeline[] Timelines =
    [
        new Timeline("seven follow-ups due at once, at most five new drafts a day: the five oldest now, the other two the next day")
            .Seed([.. Enumerable.Range(1, 7).Select(n => Mail.Outreach($"-{18 - n}d", $"Question {n}", to: $"Dr. Director {n} <director{n}@hospital{n}.example.org>"))])
            .RunOnce()
            .ExpectDraftCount(5)
            .ExpectThread("Question 5", "drafted")
            .ExpectThread("Question 6", "waiting", "waiting its turn: at most 5 new drafts a day")
            .ExpectThread("Question 7", "waiting", "waiting its turn: at most 5 new drafts a day")
            .AdvanceDays(1).RunOnce()
            .ExpectDraftCount(7)
            .ExpectThread("Question 7", "drafted"),
        new Timeline("the user follows up in the thread first: that is the follow-up, no draft")
            .Seed(Mail.Outreach("-3d"), Mail.Own("-1d", $"RE: {S}", conversation: S))
            .AdvanceDays(12).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "followed-up", "you followed up yourself on"),
        new Timeline("the user forwards the conversation to a friend: not a follow-up, the draft still comes when due")
            .Seed(Mail.Outreach("-3d"), Mail.Own("-1d", $"FW: {S}", to: "Tomas Berg <tomas.berg@friends.example.net>", conversation: S))
            .AdvanceDays(8).RunOnce()
            .ExpectDrafts(Inbox(S))
            .ExpectThread(S, "drafted"),
        new Timeline("the user writes to the contact in another thread: it counts for this one too")
            .Seed(Mail.Outreach("-3d"), Mail.Own("-1d", "One more question about observerships", conversation: "other"))
            .AdvanceDays(8).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "followed-up", "you followed up yourself on"),
        new Timeline("the user writes to the contact in a new conversation, then no draft ever comes for either conversation")
            .Seed(Mail.Outreach("-3d"))
            .RunOnce()
            .AdvanceDays(2).Deliver(Mail.Own("now", "One more question about observerships", conversation: "other"))
            .RunOnce()
            .AdvanceDays(12).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "followed-up", "you followed up yourself on")
            .AdvanceDays(30).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "moved-on")
            .ExpectThreadCount(1),
        new Timeline("two follow-ups allowed: the user's own restarts the clock and none comes within 14 days of it")
            .With($"{FollowUpOptions.SectionName}:MaxFollowUps", "2")
            .Seed(Mail.Outreach("-3d"), Mail.Own("-1d", $"RE: {S}", conversation: S))
            .AdvanceDays(11).RunOnce()
            .ExpectDrafts()
            .ExpectNextAction(S, new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(-5)))
            .AdvanceTo(new DateTimeOffset(2026, 11, 16, 14, 0, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("FirstFollowUpAfter of 7 days: the draft comes three days sooner")
            .With($"{FollowUpOptions.SectionName}:FirstFollowUpAfter", "7.00:00:00")
            .Seed(Mail.Outreach("-3d"))
            .AdvanceDays(3).RunOnce()
            .ExpectDrafts()
            .AdvanceDays(1.1).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("one follow-up by default: after it, moved on, never a second")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .AdvanceDays(20).RunOnce()
            .AdvanceDays(20).RunOnce()
            .ExpectDrafts(Inbox(S))
            .ExpectThread(S, "moved-on"),
        new Timeline("two allowed: the second comes 14 days after the first was sent, and no third")
            .With($"{FollowUpOptions.SectionName}:MaxFollowUps", "2")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .Advance(TimeSpan.FromHours(1)).UserSendsDraft(S)
            .AdvanceDays(10).RunOnce()
            .ExpectDrafts(In("deleteditems", S))
            .AdvanceDays(4.1).RunOnce()
            .AdvanceDays(30).RunOnce()
            .ExpectDrafts(In("deleteditems", S), Inbox(S))
            .ExpectThread(S, "moved-on"),
        new Timeline("a thank-you note never gets a follow-up")
            .Seed(Mail.Outreach("-11d", subject: "Thank you for the interview day", body: "Dear Dr. Smith,\nThank you for the interview day; I enjoyed meeting the residents.\nAmira Haddad"))
            .RunOnce()
            .ExpectDrafts()
            .ExpectThread("Thank you for the interview day", "moved-on", "no follow-up"),
        new Timeline("an update never gets a follow-up")
            .Seed(Mail.Outreach("-11d", subject: "Quick update: my Step 2 scores", body: "Dear Dr. Smith,\nI wanted to share a quick update: my Step 2 scores were released.\nAmira Haddad"))
            .RunOnce()
            .ExpectDrafts()
            .ExpectThread("Quick update: my Step 2 scores", "moved-on", "no follow-up"),
        new Timeline($"{FollowUpOptions.SectionName}:Kinds:thank-you:MaxFollowUps 1 allows one")
            .With($"{FollowUpOptions.SectionName}:Kinds:thank-you:MaxFollowUps", "1")
            .Seed(Mail.Outreach("-11d", subject: "Thank you for the interview day", body: "Dear Dr. Smith,\nThank you for the interview day; I enjoyed meeting the residents.\nAmira Haddad"))
            .RunOnce()
            .ExpectDrafts(Inbox("Thank you for the interview day")),
        new Timeline("two contacts, two threads: one draft each")
            .Seed(Mail.Outreach("-11d"), Mail.Outreach("-12d", subject: "Mentorship request", to: Mail.Mentor))
            .RunOnce()
            .ExpectDrafts(Inbox(S), Inbox("Mentorship request")),
    ];

    public static TheoryData<string> Names => new(Timelines.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public Task Timeline_EndsWithExactlyTheseDrafts(string name) => Timelines.Single(t => t.Name == name).PlayAsync();
}
