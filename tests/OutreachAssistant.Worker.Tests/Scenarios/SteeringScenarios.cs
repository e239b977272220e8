using OutreachAssistant.Core.Detection;
using OutreachAssistant.Worker.Steering;
using static OutreachAssistant.Worker.Tests.Scenarios.ExpectedDraft;

namespace OutreachAssistant.Worker.Tests.Scenarios;

/// <summary>The user steers threads from Outlook (a stop or exclude category, the flag's due date) and from the command line (stop, resume, snooze).</summary>
public sealed class SteeringScenarios
{
    private const string S = "Observership question";
    private const string Stop = "Outreach: stop";

    private static readonly Timeline[] Timelines =
    [
        new Timeline("the user puts the stop category on the outreach in Outlook: stopped for good, no draft ever comes")
            .Seed(Mail.Outreach("-3d"))
            .RunOnce()
            .UserCategorizes(S, Stop)
            .RunOnce()
            .ExpectThread(S, "stopped", "stopped by the Outlook category \"Outreach: stop\" on Mon 2 Nov 2026")
            .AdvanceDays(10).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "stopped"),
        new Timeline("'Not outreach' put on the outreach after its draft was made: the thread stops and the unsent draft wears the stop category")
            .With($"{OutreachDetectionOptions.SectionName}:ExcludeCategories:0", "Not outreach")
            .Seed(Mail.Outreach("-11d"))
            .RunOnce()
            .ExpectDrafts(Inbox(S))
            .Advance(TimeSpan.FromHours(1)).UserCategorizes(S, "Not outreach")
            .RunOnce()
            .ExpectThread(S, "stopped", "stopped by the Outlook category \"Not outreach\"")
            .ExpectDrafts(Inbox(S, Stop)),
        new Timeline("stopped from the command line: no draft, and status says so; resumed, the follow-up comes")
            .Seed(Mail.Outreach("-3d"))
            .RunOnce()
            .Steer(SteerAction.Stop, S)
            .ExpectThread(S, "stopped", "stopped by the command line on Mon 2 Nov 2026")
            .AdvanceDays(10).RunOnce()
            .ExpectDrafts()
            .Steer(SteerAction.Resume, S)
            .RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("snoozed until a later day: nothing before it, the follow-up on that day although it is then weeks late")
            .Seed(Mail.Outreach("-3d"))
            .RunOnce()
            .Steer(SteerAction.Snooze, S, "2026-11-27")
            .ExpectThread(S, "snoozed", "snoozed until Fri 27 Nov 2026")
            .AdvanceDays(10).RunOnce()
            .ExpectDrafts()
            .AdvanceTo(new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("the Outlook flag's due date on the outreach is the follow-up date: three days on, not ten")
            .Seed(Mail.Outreach("-1d"))
            .RunOnce()
            .UserFlags(S, "2026-11-05")
            .RunOnce()
            .ExpectThread(S, "waiting", "waiting: the date of your Outlook flag, Thu 5 Nov 2026")
            .ExpectNextAction(S, new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.FromHours(-5)))
            .AdvanceTo(new DateTimeOffset(2026, 11, 5, 15, 0, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("your turn: the director's answer waits two working days, then wears the category; the user replies and it comes off")
            .Seed(Mail.Outreach("-5d"), Mail.Reply("now"))
            .RunOnce()
            .ExpectThread(S, "answered")
            .AdvanceDays(1).RunOnce()
            .ExpectCategories($"RE: {S}", "inbox")
            .AdvanceDays(1.1).RunOnce()
            .ExpectThread(S, "your-turn", "your turn: answered on Mon 2 Nov 2026")
            .ExpectCategories($"RE: {S}", "inbox", "Outreach: your turn")
            .Advance(TimeSpan.FromHours(2)).Deliver(Mail.Own("now", $"RE: {S}", conversation: S))
            .RunOnce()
            .ExpectThread(S, "answered")
            .ExpectCategories($"RE: {S}", "inbox")
            .ExpectDrafts(),
    ];

    public static TheoryData<string> Names => new(Timelines.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public Task Timeline_EndsWithExactlyTheseDrafts(string name) => Timelines.Single(t => t.Name == name).PlayAsync();
}
