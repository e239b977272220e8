using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Digest;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests.Digest;

/// <summary>The digest's text: what waits for the user, what comes, what came, what was found, and reply rates by kind.</summary>
public sealed class WeeklyDigestComposerTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateTimeOffset DueAt = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(-5));
    private static readonly DigestWeek Week = new(new DateOnly(2026, 11, 30), DueAt);
    private static readonly EmailAddress Smith = new("jane.smith@hospital.example", "Dr. Jane Smith");
    private static readonly EmailAddress Lee = new("lee@clinic.example");

    [Fact]
    public void Compose_BusyWeek_EverySectionWithItsLines()
    {
        var threads = new[]
        {
            Thread(Smith, "Observership question", OutreachThreadState.Drafted, waitingDraftAt: DueAt.AddDays(-2)),
            Thread(Lee, "Research elective", OutreachThreadState.Waiting, nextActionAt: DueAt.AddDays(3), kind: OutreachKind.Elective),
            Thread(new EmailAddress("pd@far.example"), "Later", OutreachThreadState.Waiting, nextActionAt: DueAt.AddDays(9)),
            Thread(new EmailAddress("coord@program.example"), "Thanks", OutreachThreadState.Answered, answered: true),
            Thread(new EmailAddress("pd@program.example", "Dr. Amal Reyes"), "Interview question", OutreachThreadState.YourTurn, answered: true),
        };
        var week = new WeekInReview(
            Week,
            DueAt.AddDays(-7),
            NewYork,
            threads,
            [new DigestAnswer(new EmailAddress("coord@program.example", "Pat Coordinator"), "Thanks", DueAt.AddDays(-3))],
            [new DigestFinding("Research elective", "warning", "The email is 18 lines long.")]);

        var digest = WeeklyDigestComposer.Compose(week, "Your outreach week");

        Assert.Equal("Your outreach week: 1 answer waiting for you, 1 draft to review, 1 answer, 1 follow-up coming", digest.Subject);
        Assert.Contains("Answers waiting for your reply (1)\n- Dr. Amal Reyes <pd@program.example>, \"Interview question\":", digest.Body, StringComparison.Ordinal);
        Assert.Contains("Drafts waiting for you in your Inbox (1)\n- Dr. Jane Smith <jane.smith@hospital.example>, \"Observership question\": made Sat 28 Nov.", digest.Body, StringComparison.Ordinal);
        Assert.Contains("Follow-ups coming in the next seven days (1)\n- lee@clinic.example, \"Research elective\": Thu 3 Dec\n", digest.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Later", digest.Body, StringComparison.Ordinal);
        Assert.Contains("Answers received (1)\n- Pat Coordinator <coord@program.example> answered \"Thanks\" on Fri 27 Nov", digest.Body, StringComparison.Ordinal);
        Assert.Contains("Etiquette findings on what you sent (1)\n- \"Research elective\": warning: The email is 18 lines long.", digest.Body, StringComparison.Ordinal);
        Assert.Contains("Answered so far, by kind of outreach\n- program-interest: 2 of 4 (50%)\n- elective: 0 of 1 (0%)", digest.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("A quiet week", digest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NothingHappened_OneQuietLineAndNoEmptySections()
    {
        var week = new WeekInReview(Week, DueAt.AddDays(-7), NewYork, [Thread(Smith, "Observership question", OutreachThreadState.Waiting, nextActionAt: DueAt.AddDays(20))], [], []);

        var digest = WeeklyDigestComposer.Compose(week, "Your outreach week");

        Assert.Equal("Your outreach week: all quiet", digest.Subject);
        Assert.Contains("A quiet week: nothing waits for you.", digest.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Drafts waiting", digest.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Answers received", digest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_DueNowAndDraftWaiting_DraftNotCountedAsComingAgain()
    {
        var week = new WeekInReview(Week, DueAt.AddDays(-7), NewYork,
        [
            Thread(Smith, "Observership question", OutreachThreadState.Drafted, nextActionAt: DueAt.AddDays(-1), waitingDraftAt: DueAt.AddDays(-1)),
            Thread(Lee, "Research elective", OutreachThreadState.Due, nextActionAt: DueAt.AddHours(-1)),
        ], [], []);

        var digest = WeeklyDigestComposer.Compose(week, "Your outreach week");

        Assert.Contains("Follow-ups coming in the next seven days (1)\n- lee@clinic.example, \"Research elective\": due now\n", digest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MassMailAndBounces_LeftOutOfReplyRates()
    {
        var week = new WeekInReview(Week, DueAt.AddDays(-7), NewYork,
        [
            Thread(Smith, "One", OutreachThreadState.MassMail),
            Thread(Lee, "Two", OutreachThreadState.Undeliverable),
            Thread(Lee, "Three", OutreachThreadState.Answered, answered: true),
        ], [], []);

        var digest = WeeklyDigestComposer.Compose(week, "Your outreach week");

        Assert.Contains("- program-interest: 1 of 1 (100%)", digest.Body, StringComparison.Ordinal);
    }

    private static DigestThread Thread(
        EmailAddress contact,
        string subject,
        OutreachThreadState state,
        DateTimeOffset? nextActionAt = null,
        bool answered = false,
        DateTimeOffset? waitingDraftAt = null,
        OutreachKind kind = OutreachKind.ProgramInterest) =>
        new(contact, subject, kind, state, nextActionAt, answered, waitingDraftAt);
}
