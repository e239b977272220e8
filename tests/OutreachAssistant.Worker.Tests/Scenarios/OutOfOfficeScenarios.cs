using OutreachAssistant.Core.FollowUps;
using static OutreachAssistant.Worker.Tests.Scenarios.ExpectedDraft;

namespace OutreachAssistant.Worker.Tests.Scenarios;

/// <summary>Point 2: an out-of-office note holds the thread until the working day after the stated return, or a set pause.</summary>
public sealed class OutOfOfficeScenarios
{
    private const string S = "Observership question";

    // Tuesday 17 November, 09:00 in New York: the working day after Monday 16 November.
    private static readonly DateTimeOffset DayAfterReturn = new(2026, 11, 17, 14, 0, 0, TimeSpan.Zero);

    private static readonly Timeline[] Timelines =
    [
        new Timeline("out of office until Monday, November 16: paused, then a draft on Tuesday at 09:00")
            .Seed(Mail.Outreach("-3d"), Mail.AutoReply("-3d", "I am out of the office until Monday, November 16, with limited access to email."))
            .RunOnce()
            .ExpectThread(S, "waiting", "paused: out of office until Mon 16 Nov")
            .ExpectNextAction(S, DayAfterReturn)
            .AdvanceTo(DayAfterReturn.AddMinutes(-1)).RunOnce()
            .ExpectDrafts()
            .AdvanceDays(0.01).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("an out-of-office note signed 'Jane Smith, MD' to a bare address: the follow-up greets Dr. Smith")
            .Seed(
                Mail.Outreach("-3d", to: "jsmith@childrens.example.org"),
                Mail.AutoReply("-3d", "I am out of the office until Monday, November 16.\n\nKind regards,\nJane Smith, MD\nProgram Director", from: "jsmith@childrens.example.org"))
            .AdvanceTo(DayAfterReturn).RunOnce()
            .ExpectDrafts(Inbox(S))
            .ExpectGreeting("Dear Dr. Smith,"),
        new Timeline("back on 16/11: paused until the working day after")
            .Seed(Mail.Outreach("-3d"), Mail.AutoReply("-3d", "Thanks for your message. I will be back on 16/11."))
            .AdvanceDays(10).RunOnce()
            .ExpectDrafts()
            .ExpectNextAction(S, DayAfterReturn)
            .AdvanceTo(DayAfterReturn).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("returning 2026-11-16: paused until the working day after")
            .Seed(Mail.Outreach("-3d"), Mail.AutoReply("-3d", "Away at a conference, returning 2026-11-16."))
            .AdvanceDays(8).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "waiting", "paused: out of office until Mon 16 Nov"),
        new Timeline("on leave until 16 November: no draft on the day of return, one the day after")
            .Seed(Mail.Outreach("-3d"), Mail.AutoReply("-3d", "I am on leave until 16 November."))
            .AdvanceTo(new DateTimeOffset(2026, 11, 16, 16, 0, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts()
            .AdvanceDays(1).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("a return date before the usual due time changes nothing")
            .Seed(Mail.Outreach("-3d"), Mail.AutoReply("-3d", "Out of office until November 4."))
            .RunOnce()
            .ExpectNextAction(S, SandboxWorldStart.AddDays(7))
            .AdvanceDays(7).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline("an automatic reply with no date, arriving late: paused seven days from its arrival")
            .Seed(Mail.Outreach("-3d"))
            .AdvanceDays(6).Deliver(Mail.AutoReply("now", "I am away with limited access to email."))
            .AdvanceDays(2).RunOnce()
            .ExpectDrafts()
            .ExpectThread(S, "waiting", "paused: automatic reply with no return date")
            .ExpectNextAction(S, new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(-5)))
            .AdvanceTo(new DateTimeOffset(2026, 11, 16, 14, 30, 0, TimeSpan.Zero)).RunOnce()
            .ExpectDrafts(Inbox(S)),
        new Timeline($"{FollowUpOptions.SectionName}:OutOfOfficePause of 3 days: the pause is shorter")
            .With($"{FollowUpOptions.SectionName}:OutOfOfficePause", "3.00:00:00")
            .Seed(Mail.Outreach("-3d"))
            .AdvanceDays(6).Deliver(Mail.AutoReply("now", "I am away with limited access to email."))
            .AdvanceDays(2).RunOnce()
            .ExpectDrafts()
            .ExpectNextAction(S, new DateTimeOffset(2026, 11, 11, 15, 0, 0, TimeSpan.Zero))
            .AdvanceDays(1.1).RunOnce()
            .ExpectDrafts(Inbox(S)),
    ];

    private static DateTimeOffset SandboxWorldStart => Support.SandboxWorld.DefaultStart;

    public static TheoryData<string> Names => new(Timelines.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public Task Timeline_EndsWithExactlyTheseDrafts(string name) => Timelines.Single(t => t.Name == name).PlayAsync();
}
