using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests.Etiquette;

public sealed class EtiquetteCheckerTests
{
    [Fact]
    public void Check_GoodMessage_FindsNothing() =>
        Assert.Empty(new EtiquetteChecker().Check(LintMessages.Of()));

    [Fact]
    public void Check_SeveralProblems_ReportsThemInCatalogueOrder()
    {
        var message = LintMessages.Of("Dear [Name],\nPlease consider my application.", subject: "Hello", signature: "");

        var ids = new EtiquetteChecker().Check(message).Select(f => f.RuleId).ToList();

        Assert.Equal(["subject.unclear", "content.generic-plea", "content.placeholder", "signature.missing"], ids);
    }

    [Fact]
    public void Check_DisabledRule_IsSkipped()
    {
        var options = new EtiquetteOptions();
        options.Rules["signature.missing"] = new RuleSettings { Enabled = false };

        Assert.Empty(new EtiquetteChecker(options).Check(LintMessages.Of(signature: "")));
    }

    [Fact]
    public void Check_ConfiguredSeverity_Applies()
    {
        var options = new EtiquetteOptions();
        options.Rules["signature.missing"] = new RuleSettings { Severity = Severity.Error };

        var finding = Assert.Single(new EtiquetteChecker(options).Check(LintMessages.Of(signature: "")));

        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Check_WithHistory_AddsHistoryRules()
    {
        var history = new EtiquetteHistory([new ThreadMessage("m1", LintMessages.Morning.AddDays(-3), ThreadMessageDirection.Outbound)], []);

        var finding = Assert.Single(new EtiquetteChecker().Check(LintMessages.Of(), history));

        Assert.Equal("followup.too-soon", finding.RuleId);
    }

    [Fact]
    public void Check_MailMessageInMailboxTimeZone_JudgesLocalTime()
    {
        var sent = new MailMessage
        {
            Id = "1",
            ConversationId = "c",
            Subject = LintMessages.ClearSubject,
            From = new EmailAddress("sarah.khan.md@gmail.com", "Sarah Khan"),
            To = [new EmailAddress("treed@childrens.example.org")],
            SentAt = new DateTimeOffset(2026, 11, 4, 4, 30, 0, TimeSpan.Zero),
            BodyText = LintMessages.AskingText + "\n\nBest regards,\nSarah Khan\nSt. George's University, Class of 2027",
        };

        var findings = new EtiquetteChecker().Check(sent, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        Assert.Equal(["timing.late-night"], findings.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("length.line", "WarningOver", "no such rule")]
    [InlineData("subject.missing", "WarningOver", "has no such setting")]
    [InlineData("length.lines", "InfoOver", "above WarningOver")]
    public void Constructor_BadSettings_ThrowsNamingTheKey(string rule, string setting, string problem)
    {
        var options = new EtiquetteOptions();
        options.Rules[rule] = setting == "InfoOver" ? new RuleSettings { InfoOver = 40 } : new RuleSettings { WarningOver = 3 };

        var error = Assert.Throws<ArgumentException>(() => new EtiquetteChecker(options));

        Assert.Contains($"{EtiquetteOptions.SectionName}:Rules:{rule}", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeOrZeroValues_NameTheKey()
    {
        var options = new EtiquetteOptions();
        options.Rules["audience.mass-mail"] = new RuleSettings { MaxRecipients = 0, Window = TimeSpan.Zero };

        var errors = EtiquetteOptionsValidator.Validate(options);

        Assert.Equal(2, errors.Count);
        Assert.StartsWith($"{EtiquetteOptions.SectionName}:Rules:audience.mass-mail:MaxRecipients", errors[0], StringComparison.Ordinal);
    }
}
