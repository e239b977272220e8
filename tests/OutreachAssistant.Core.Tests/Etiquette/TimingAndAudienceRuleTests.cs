using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Etiquette.Rules;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests.Etiquette;

public sealed class TimingAndAudienceRuleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData(22, 0)]
    [InlineData(23, 45)]
    [InlineData(2, 0)]
    [InlineData(5, 59)]
    public void LateNight_SentAtNight_Fires(int hour, int minute)
    {
        var message = LintMessages.Of() with { SentAt = new DateTimeOffset(2026, 11, 3, hour, minute, 0, TimeSpan.FromHours(1)) };

        Assert.Single(new LateNightRule().Check(message, new RuleSettings()));
    }

    [Theory]
    [InlineData(6, 0)]
    [InlineData(12, 0)]
    [InlineData(21, 59)]
    public void LateNight_SentInTheDay_DoesNotFire(int hour, int minute)
    {
        var message = LintMessages.Of() with { SentAt = new DateTimeOffset(2026, 11, 3, hour, minute, 0, TimeSpan.FromHours(1)) };

        Assert.Empty(new LateNightRule().Check(message, new RuleSettings()));
    }

    [Fact]
    public void LateNight_MailboxTimeZone_DecidesOverTheOffset()
    {
        // 04:30 UTC is 23:30 the evening before in New York.
        var message = LintMessages.Of() with { SentAt = new DateTimeOffset(2026, 11, 4, 4, 30, 0, TimeSpan.Zero), TimeZone = NewYork };

        var finding = Assert.Single(new LateNightRule().Check(message, new RuleSettings()));

        Assert.Contains("23:30", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LateNight_NoDate_DoesNotFire() =>
        Assert.Empty(new LateNightRule().Check(LintMessages.Of() with { SentAt = null }, new RuleSettings()));

    [Fact]
    public void MassMail_ManyRecipientsAtOnce_Fires()
    {
        var message = LintMessages.Of() with { To = Programs(3), Bcc = Programs(4)[3..] };

        Assert.Single(new MassMailRule().Check(message, new RuleSettings()));
    }

    [Fact]
    public void MassMail_DirectorAndCoordinator_DoesNotFire()
    {
        var message = LintMessages.Of() with { To = Programs(1), Cc = [new EmailAddress("coordinator@program0.example.org")] };

        Assert.Empty(new MassMailRule().Check(message, new RuleSettings()));
    }

    [Fact]
    public void MassMail_SameTextToManySeparateRecipientsInADay_Fires()
    {
        var message = LintMessages.Of();
        var others = Programs(5).Select((p, i) => new SentMessageSummary(LintMessages.Morning.AddHours(-i - 1), [p], message.Own.Text.Replace("Dr. Reed", $"Dr. Other{i}", StringComparison.Ordinal))).ToList();

        var finding = Assert.Single(new MassMailRule().Check(message, new EtiquetteHistory([], others), new RuleSettings()));

        Assert.Contains("6 recipients", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MassMail_DifferentTextsOrOlderSends_DoNotFire()
    {
        var message = LintMessages.Of();
        var different = Programs(5).Select((p, i) => new SentMessageSummary(LintMessages.Morning.AddHours(-1), [p], $"Dear Dr. {i}, a different note about research number {i} and nothing else.")).ToList();
        var older = Programs(5).Select(p => new SentMessageSummary(LintMessages.Morning.AddDays(-3), [p], message.Own.Text)).ToList();

        Assert.Empty(new MassMailRule().Check(message, new EtiquetteHistory([], [.. different, .. older]), new RuleSettings()));
    }

    private static EmailAddress[] Programs(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new EmailAddress($"pd@program{i}.example.org"))];
}
