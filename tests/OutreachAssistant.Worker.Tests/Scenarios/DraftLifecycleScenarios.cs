using OutreachAssistant.Core.Drafting;
using static OutreachAssistant.Worker.Tests.Scenarios.ExpectedDraft;

namespace OutreachAssistant.Worker.Tests.Scenarios;

/// <summary>
/// Point 6: drafts that go stale (a reply came, or the user wrote to the contact themselves since), drafts the
/// user deleted, drafts the user sent.
/// </summary>
public sealed class DraftLifecycleScenarios
{
    private const string S = "Observership question";
    private const string OwnNote = "Following up: observership question";
    private const string Friend = "Tomas Berg <tomas.berg@friends.example.net>";

    private static readonly Timeline[] Timelines =
    [
        new Timeline("a reply after the draft was made: the draft is marked 'reply received'")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .AdvanceDays(1).Deliver(Mail.Reply("now"))
            .RunOnce()
            .ExpectDrafts(Inbox(S, ReplyReceived))
            .ExpectThread(S, "answered"),
        new Timeline("a reply in a new thread after the draft was made: marked too, once")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .AdvanceDays(1).Deliver(Mail.Reply("now", subject: "Observerships at our clinic", conversation: "fresh"))
            .RunOnce()
            .AdvanceDays(1).RunOnce()
            .ExpectDrafts(Inbox(S, ReplyReceived)),
        new Timeline($"{DraftingOptions.SectionName}:DeleteStaleDrafts: a reply after the draft deletes it")
            .With($"{DraftingOptions.SectionName}:DeleteStaleDrafts", "true")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .AdvanceDays(1).Deliver(Mail.Reply("now"))
            .RunOnce()
            .ExpectDrafts(In("deleteditems", S)),
        new Timeline("the user wrote their own follow-up in the conversation while the draft waited: it is marked 'you wrote since'")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .AdvanceDays(1).Deliver(Mail.Own("now", $"RE: {S}", conversation: S))
            .RunOnce()
            .ExpectDrafts(Inbox(S, WroteSince))
            .ExpectThread(S, "followed-up")
            .AdvanceDays(20).RunOnce()
            .ExpectDrafts(Inbox(S, WroteSince)),
        new Timeline("the user wrote to the contact in a new conversation while the draft waited: marked too, and a later reply adds 'reply received'")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .AdvanceDays(1).Deliver(Mail.Own("now", OwnNote))
            .RunOnce()
            .ExpectDrafts(Inbox(S, WroteSince))
            .AdvanceDays(2).Deliver(Mail.Reply("now", subject: OwnNote))
            .RunOnce()
            .ExpectDrafts(Inbox(S, WroteSince))
            .ExpectThread(S, "answered"),
        new Timeline("the user forwards the conversation to a friend for advice while the draft waits: the draft stays as it is")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .AdvanceDays(1).Deliver(Mail.Own("now", $"FW: {S}", to: Friend, conversation: S))
            .RunOnce()
            .ExpectDrafts(Inbox(S))
            .ExpectThread(S, "drafted"),
        new Timeline($"{DraftingOptions.SectionName}:DeleteStaleDrafts: the user's own follow-up deletes the waiting draft")
            .With($"{DraftingOptions.SectionName}:DeleteStaleDrafts", "true")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .AdvanceDays(1).Deliver(Mail.Own("now", $"RE: {S}", conversation: S))
            .RunOnce()
            .ExpectDrafts(In("deleteditems", S)),
        new Timeline("the user deleted the draft: it is never made again")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .UserDeletesDrafts()
            .AdvanceDays(1).RunOnce()
            .AdvanceDays(20).RunOnce()
            .ExpectDrafts(In("deleteditems", S))
            .ExpectThread(S, "moved-on"),
        new Timeline("the user sent the draft: it is the thread's follow-up, and a later reply marks nothing")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .Advance(TimeSpan.FromHours(2)).UserSendsDraft(S)
            .AdvanceDays(1).RunOnce()
            .ExpectThread(S, "followed-up", "follow-up sent on")
            .AdvanceDays(3).Deliver(Mail.Reply("now"))
            .RunOnce()
            .ExpectDrafts(In("deleteditems", S))
            .ExpectThread(S, "answered"),
    ];

    public static TheoryData<string> Names => new(Timelines.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public Task Timeline_EndsWithExactlyTheseDrafts(string name) => Timelines.Single(t => t.Name == name).PlayAsync();
}
