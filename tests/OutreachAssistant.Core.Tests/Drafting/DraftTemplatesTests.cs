using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests.Drafting;

public sealed class DraftTemplatesTests
{
    private const string Signature = "Amira Haddad, MD\nUniversity of Lagos College of Medicine, Class of 2024\namira.haddad@outlook.example";

    private static readonly DateTimeOffset Sent = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Each template with a subject the user might really have written for that kind.</summary>
    public static TheoryData<string, OutreachKind, string> Shipped => new()
    {
        { "default", OutreachKind.Other, "Question from a prospective applicant" },
        { "mentorship", OutreachKind.Mentorship, "Seeking career advice as an IMG in pediatrics" },
        { "elective", OutreachKind.Elective, "Visiting elective in pediatric cardiology" },
        { "program-interest", OutreachKind.ProgramInterest, "Interest in your pediatrics residency program" },
        { "research", OutreachKind.Research, "Research opportunity in your neonatology lab" },
        { "conference-follow-up", OutreachKind.ConferenceFollowUp, "Following up after the AAP conference" },
        { "keep-in-touch", OutreachKind.Mentorship, "Seeking career advice as an IMG in pediatrics" },
    };

    [Fact]
    public void Shipped_EveryTemplateName_HasAFile() =>
        Assert.Equal(DraftTemplates.Names.Order(StringComparer.Ordinal), ShippedTemplates.Texts.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Compose_ShippedTemplate_PassesEtiquetteWithoutWarningOrError(string template, OutreachKind kind, string subject)
    {
        Assert.Contains(template, ShippedTemplates.Texts.Keys);
        var draft = Compose(template, kind, subject);

        var findings = new EtiquetteChecker(new EtiquetteOptions()).Check(LintMessage.FromBody("RE: " + subject, draft.BodyText));

        Assert.DoesNotContain(findings, f => f.Severity >= Severity.Warning);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Compose_ShippedTemplate_IsAtMostSixLinesOfOwnText(string template, OutreachKind kind, string subject)
    {
        Assert.Contains(template, ShippedTemplates.Texts.Keys);
        var own = LintMessage.FromBody("RE: " + subject, Compose(template, kind, subject).BodyText).Own;

        Assert.InRange(own.Lines, 1, 6);
        Assert.EndsWith(Signature, own.Signature.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Compose_ShippedTemplate_FillsEveryField(string template, OutreachKind kind, string subject)
    {
        Assert.Contains(template, ShippedTemplates.Texts.Keys);
        var body = Compose(template, kind, subject).BodyText;

        Assert.StartsWith("Dear Dr. Smith,\n", body, StringComparison.Ordinal);
        Assert.Contains(subject, body, StringComparison.Ordinal);
        Assert.Contains("November 2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_KindWithoutItsOwnTemplate_UsesDefault()
    {
        var templates = DraftTemplates.Compile(new Dictionary<string, string> { ["default"] = "{{greeting}} plain", ["keep-in-touch"] = "{{greeting}} update", ["mentorship"] = "{{greeting}} mentor" });

        Assert.Equal("Hello, plain\n", templates.Render(OutreachKind.Research, DraftFields.Sample with { Greeting = "Hello," }));
        Assert.Equal("Hello, mentor\n", templates.Render(OutreachKind.Mentorship, DraftFields.Sample with { Greeting = "Hello," }));
        Assert.Equal("Hello, update\n", templates.RenderKeepInTouch(DraftFields.Sample with { Greeting = "Hello," }));
    }

    [Fact]
    public void Compose_KeepInTouch_UsesItsOwnTemplateWhateverTheKind()
    {
        var composer = new FollowUpDraftComposer(new DraftingOptions { Signature = Signature }, ShippedTemplates.Compiled);
        var request = new FollowUpDraftRequest(
            new EmailAddress("aruiz@university.example.edu", "Prof. Ana Ruiz"), "Research opportunity in your lab", Sent, OutreachKind.Research, TimeZoneInfo.Utc);

        var followUp = composer.Compose(request).BodyText;
        var update = composer.Compose(request with { Purpose = DraftPurpose.KeepInTouch }).BodyText;

        Assert.Contains("following up", followUp, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("following up", update, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("update", update, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mentorship", "{{#if name}}unclosed")]
    [InlineData("mentorship", "{{greting}}")]
    [InlineData("mentorshp", "{{greeting}}")]
    public void Compile_BadTemplate_NamesIt(string name, string text)
    {
        var texts = new Dictionary<string, string> { ["default"] = "{{greeting}}", ["keep-in-touch"] = "{{greeting}}", [name] = text };

        var error = Assert.Throws<DraftTemplateException>(() => DraftTemplates.Compile(texts));

        Assert.Equal(name, error.TemplateName);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Compile_NoDefault_Fails() =>
        Assert.Equal("default", Assert.Throws<DraftTemplateException>(() => DraftTemplates.Compile(new Dictionary<string, string> { ["keep-in-touch"] = "x", ["mentorship"] = "x" })).TemplateName);

    [Fact]
    public void Compile_NoKeepInTouch_Fails() =>
        Assert.Equal("keep-in-touch", Assert.Throws<DraftTemplateException>(() => DraftTemplates.Compile(new Dictionary<string, string> { ["default"] = "x" })).TemplateName);

    private static FollowUpDraft Compose(string template, OutreachKind kind, string subject) =>
        new FollowUpDraftComposer(new DraftingOptions { Signature = Signature }, ShippedTemplates.Compiled).Compose(new FollowUpDraftRequest(
            new EmailAddress("jsmith@childrens.example.org", "Dr. Jane Smith"),
            subject,
            Sent,
            kind,
            TimeZoneInfo.FindSystemTimeZoneById("America/New_York"),
            Purpose: template == DraftTemplates.KeepInTouch ? DraftPurpose.KeepInTouch : DraftPurpose.FollowUp));
}
