using static OutreachAssistant.Worker.Tests.Scenarios.ExpectedDraft;

namespace OutreachAssistant.Worker.Tests.Scenarios;

/// <summary>Point 1: what counts as an answer, in any thread, and what does not (automatic replies, bounces).</summary>
public sealed class ReplyScenarios
{
    private const string S = "Observership question";

    private static readonly Timeline[] Timelines =
    [
        new Timeline("unanswered past due: one draft in the Inbox")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .ExpectDrafts(Inbox(S))
            .ExpectThread(S, "drafted", "follow-up drafted on"),
        new Timeline("the director answers in the thread before the due time: no draft")
            .Seed(Mail.Outreach("-3d"))
            .RunOnce()
            .AdvanceDays(5).Deliver(Mail.Reply("now"))
            .AdvanceDays(5).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "your-turn", "your turn: answered on"),
        new Timeline("the director answers in a new thread: no draft")
            .Seed(Mail.Outreach("-3d"))
            .RunOnce()
            .AdvanceDays(4).Deliver(Mail.Reply("now", subject: "Your note about observerships", conversation: "fresh"))
            .AdvanceDays(6).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "your-turn"),
        new Timeline("a coordinator answers for the director in the same thread: no draft")
            .Seed(Mail.Outreach("-3d"))
            .AdvanceDays(2).Deliver(Mail.Reply("now", from: Mail.Coordinator))
            .AdvanceDays(8).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "your-turn"),
        new Timeline("a coordinator writing in another thread is no answer: a draft")
            .Seed(Mail.Outreach("-11d"), Mail.Reply("-2d", subject: "Clinic schedule", from: Mail.Coordinator, conversation: "other"))
            .RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("a reply from before the outreach does not count: a draft")
            .Seed(Mail.Reply("-40d", subject: "Welcome", conversation: "old"), Mail.Outreach("-11d"))
            .RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("an automatic reply known by its header alone is no answer: a draft after the pause")
            .Seed(Mail.Outreach("-3d"), Mail.AutoReply("-3d", "Thank you for your email.", prefix: "RE:", headers: new Dictionary<string, string> { ["X-Autoreply"] = "yes" }))
            .RunOnce()
            .AdvanceDays(8).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("a German automatic reply (subject prefix only) pauses until after 20 November")
            .Seed(Mail.Outreach("-3d"), Mail.AutoReply("-3d", "Ich bin bis zum 20. November nicht im Büro.", prefix: "Abwesenheitsnotiz:", headers: new Dictionary<string, string>()))
            .AdvanceDays(8).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "waiting", "paused: out of office until Fri 20 Nov")
            .ExpectNextAction(S, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(-5)))
            .AdvanceTo(new DateTimeOffset(2026, 11, 23, 14, 30, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("a French automatic reply: jusqu'au 12 novembre")
            .Seed(Mail.Outreach("-3d"), Mail.AutoReply("-3d", "Je suis absente jusqu'au 12 novembre.", prefix: "Réponse automatique :"))
            .AdvanceDays(8).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "waiting", "paused: out of office until Thu 12 Nov")
            .AdvanceTo(new DateTimeOffset(2026, 11, 13, 14, 30, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("a Spanish automatic reply: hasta el 16 de noviembre")
            .Seed(Mail.Outreach("-3d"), Mail.AutoReply("-3d", "Estoy fuera de la oficina hasta el 16 de noviembre.", prefix: "Respuesta automática:"))
            .AdvanceDays(8).RunOnce()
            .ExpectThread(S, "waiting", "paused: out of office until Mon 16 Nov")
            .ExpectNextAction(S, new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.FromHours(-5)))
            .ExpectDrafts(),
        new Timeline("a bounce: no draft, the thread is undeliverable")
            .Seed(Mail.Outreach("-11d"), Mail.Bounce("-11d"))
            .RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "undeliverable", "delivery failed on"),
    ];

    public static TheoryData<string> Names => new(Timelines.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public Task Timeline_EndsWithExactlyTheseDrafts(string name) => Timelines.Single(t => t.Name == name).PlayAsync();
}
