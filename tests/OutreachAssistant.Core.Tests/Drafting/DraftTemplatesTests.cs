using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests.Drafting;

public sealed class DraftTemplatesTests
{
    private const string Signature = "Amira Haddad, MD\nUniversity of Lagos College of Medicine, Class of 2024\namira.haddad@outlook.example";

    /// <summary>Each template with a subject the user might really have written for that kind.</summary>
    public static TheoryData<string, OutreachKind, string> Shipped => new()
    {
        { "default", OutreachKind.Other, "Question from a prospective applicant" },
        { "mentorship", OutreachKind.Mentorship, "Seeking career advice as an IMG in pediatrics" },
        { "elective", OutreachKind.Elective, "Visiting elective in pediatric cardiology" },
        { "program-interest", OutreachKind.ProgramInterest, "Interest in your pediatrics residency program" },
        { "research", OutreachKind.Research, "Research opportunity in your neonatology lab" },
        { "conference-follow-up", OutreachKind.ConferenceFollowUp, "Following up after the AAP conference" },
    };

    [Fact]
    public void Shipped_EveryTemplateName_HasAFile() =>
        Assert.Equal(DraftTemplates.Names.Order(StringComparer.Ordinal), ShippedTemplates.Texts.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Compose_ShippedTemplate_PassesEtiquetteWithoutWarningOrError(string template, OutreachKind kind, string subject)
    {
        Assert.Contains(template, ShippedTemplates.Texts.Keys);
        var draft = Compose(kind, subject);

        var findings = new EtiquetteChecker(new EtiquetteOptions()).Check(LintMessage.FromBody("RE: " + subject, draft.BodyText));

        Assert.DoesNotContain(findings, f => f.Severity >= Severity.Warning);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Compose_ShippedTemplate_IsAtMostSixLinesOfOwnText(string template, OutreachKind kind, string subject)
    {
        Assert.Contains(template, ShippedTemplates.Texts.Keys);
        var own = LintMessage.FromBody("RE: " + subject, Compose(kind, subject).BodyText).Own;

        Assert.InRange(own.Lines, 1, 6);
        Assert.EndsWith(Signature, own.Signature.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Compose_ShippedTemplate_FillsEveryField(string template, OutreachKind kind, string subject)
    {
        Assert.Contains(template, ShippedTemplates.Texts.Keys);
        var body = Compose(kind, subject).BodyText;

        Assert.StartsWith("Dear Dr. Smith,\n", body, StringComparison.Ordinal);
        Assert.Contains(subject, body, StringComparison.Ordinal);
        Assert.Contains("November 2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_KindWithoutItsOwnTemplate_UsesDefault()
    {
        var templates = DraftTemplates.Compile(new Dictionary<string, string> { ["default"] = "{{greeting}} plain", ["mentorship"] = "{{greeting}} mentor" });

        Assert.Equal("Hello, plain\n", templates.Render(OutreachKind.Research, DraftFields.Sample with { Greeting = "Hello," }));
        Assert.Equal("Hello, mentor\n", templates.Render(OutreachKind.Mentorship, DraftFields.Sample with { Greeting = "Hello," }));
    }

    [Theory]
    [InlineData("mentorship", "{{#if name}}unclosed")]
    [InlineData("mentorship", "{{greting}}")]
    [InlineData("mentorshp", "{{greeting}}")]
    public void Compile_BadTemplate_NamesIt(string name, string text)
    {
        var texts = new Dictionary<string, string> { ["default"] = "{{greeting}}", [name] = text };

        var error = Assert.Throws<DraftTemplateException>(() => DraftTemplates.Compile(texts));

        Assert.Equal(name, error.TemplateName);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Compile_NoDefault_Fails() =>
        Assert.Equal("default", Assert.Throws<DraftTemplateException>(() => DraftTemplates.Compile(new Dictionary<string, string> { ["mentorship"] = "x" })).TemplateName);

    private static FollowUpDraft Compose(OutreachKind kind, string subject) =>
        new FollowUpDraftComposer(new DraftingOptions { Signature = Signature }, ShippedTemplates.Compiled).Compose(new FollowUpDraftRequest(
            new EmailAddress("jsmith@childrens.example.org", "Dr. Jane Smith"),
            subject,
            new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero),
            kind,
            TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));
}
