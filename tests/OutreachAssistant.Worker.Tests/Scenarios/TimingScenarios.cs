using static OutreachAssistant.Worker.Tests.Scenarios.ExpectedDraft;

namespace OutreachAssistant.Worker.Tests.Scenarios;

/// <summary>Point 5: drafts appear in the mailbox's working hours and days, in its zone, across daylight saving; missed times at the next start.</summary>
public sealed class TimingScenarios
{
    private const string S = "Observership question";
    private static readonly string[] EveryDay = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly Timeline[] Timelines =
    [
        new Timeline("due on a Saturday: the draft waits for Monday 09:00 in New York")
            .Seed(Mail.Outreach("-5d"))
            .AdvanceTo(new DateTimeOffset(2026, 11, 7, 16, 0, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "waiting", "waiting: no reply since")
            .ExpectNextAction(S, new DateTimeOffset(2026, 11, 9, 14, 0, 0, TimeSpan.Zero))
            .AdvanceTo(new DateTimeOffset(2026, 11, 9, 14, 1, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("due in the evening after the clocks went back: next morning at 09:00 EST")
            .Seed(Mail.Outreach("-10d@19:30"))
            .RunOnce()
            .ExpectDrafts()
            .ExpectNextAction(S, new DateTimeOffset(2026, 11, 3, 14, 0, 0, TimeSpan.Zero))
            .AdvanceTo(new DateTimeOffset(2026, 11, 3, 14, 0, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("a daylight-saving night in New York: due at 01:00 EST on 8 March, drafted at 09:00 EDT")
            .StartingAt(new DateTimeOffset(2026, 3, 6, 15, 0, 0, TimeSpan.Zero))
            .Seed(Mail.Outreach("2026-02-26T06:00:00Z"))
            .WorkingHours("09:00", "17:00", EveryDay)
            .RunOnce()
            .ExpectNextAction(S, new DateTimeOffset(2026, 3, 8, 13, 0, 0, TimeSpan.Zero))
            .AdvanceTo(new DateTimeOffset(2026, 3, 8, 12, 59, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts()
            .AdvanceTo(new DateTimeOffset(2026, 3, 8, 13, 0, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("a daylight-saving night in Berlin (Windows zone name): drafted at 09:00 CEST")
            .StartingAt(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero))
            .Seed(Mail.Outreach("2026-03-19T00:30:00Z"))
            .TimeZone("W. Europe Standard Time")
            .WorkingHours("09:00", "17:00", EveryDay)
            .RunOnce()
            .ExpectNextAction(S, new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero))
            .AdvanceTo(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("an IANA zone name and Sunday-to-Thursday working days: Friday's due time moves to Sunday")
            .Seed(Mail.Outreach("-6d"))
            .TimeZone("Asia/Jerusalem")
            .WorkingHours("08:00", "16:00", "sunday", "monday", "tuesday", "wednesday", "thursday")
            .RunOnce()
            .ExpectNextAction(S, new DateTimeOffset(2026, 11, 8, 8, 0, 0, TimeSpan.FromHours(2))),
        new Timeline("long overdue, first run on a Saturday night: no draft before Monday 09:00")
            .StartingAt(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero))
            .Seed(Mail.Outreach("-16d"))
            .RunOnce()
            .ExpectDrafts()
            .ExpectNextAction(S, new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero))
            .AdvanceTo(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("the service is down over the due time: the draft at the next start, once")
            .Seed(Mail.Outreach("-3d"))
            .RunOnce()
            .AdvanceDays(8)
            .Restart()
            .ExpectDrafts(Inbox(S))
            .AdvanceDays(1)
            .Restart()
            .ExpectDrafts(Inbox(S)),
        new Timeline("the service is down and a reply came meanwhile: no draft at the next start")
            .Seed(Mail.Outreach("-3d"))
            .RunOnce()
            .AdvanceDays(5).Deliver(Mail.Reply("now"))
            .AdvanceDays(3)
            .Restart()
            .ExpectDrafts()
            .ExpectThread(S, "your-turn"),
    ];

    public static TheoryData<string> Names => new(Timelines.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public Task Timeline_EndsWithExactlyTheseDrafts(string name) => Timelines.Single(t => t.Name == name).PlayAsync();
}
