using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Etiquette.Rules;

namespace OutreachAssistant.Core.Tests.Etiquette;

public sealed class ContentRuleTests
{
    [Theory]
    [InlineData("Please consider my application for your program.")]
    [InlineData("I kindly request you to consider my application.")]
    [InlineData("Kindly review my CV and application.")]
    [InlineData("I hope you will consider me for an interview.")]
    public void GenericPlea_Plea_Fires(string sentence) =>
        Assert.Single(new GenericPleaRule().Check(LintMessages.Of(LintMessages.AskingText + "\n" + sentence), new RuleSettings()));

    [Theory]
    [InlineData("Thank you for your time and consideration.")]
    [InlineData("I will consider your advice carefully.")]
    public void GenericPlea_ConsiderationOrOtherUse_DoesNotFire(string sentence) =>
        Assert.Empty(new GenericPleaRule().Check(LintMessages.Of(LintMessages.AskingText + "\n" + sentence), new RuleSettings()));

    [Theory]
    [InlineData("Could you guarantee me an interview?")]
    [InlineData("Is an interview guaranteed if I rotate with you?")]
    [InlineData("Can you promise me an interview?")]
    public void GuaranteeAsk_Ask_Fires(string sentence) =>
        Assert.Single(new GuaranteeAskRule().Check(LintMessages.Of(sentence), new RuleSettings()));

    [Fact]
    public void GuaranteeAsk_ModestAsk_DoesNotFire() =>
        Assert.Empty(new GuaranteeAskRule().Check(LintMessages.Of(), new RuleSettings()));

    [Theory]
    [InlineData("Dear Dr. [Last Name],", "", "")]
    [InlineData("I am excited about {{program}}.", "", "")]
    [InlineData("I study at <School>.", "", "")]
    [InlineData("Fine text.", "Interest in [Program Name]", "")]
    [InlineData("Fine text.", "", "Sarah Khan\n[Medical School], Class of XXXX")]
    public void Placeholder_UnfilledSlot_FiresAsError(string text, string subject, string signature)
    {
        var message = LintMessages.Of(text, subject.Length == 0 ? LintMessages.ClearSubject : subject, signature.Length == 0 ? "Sarah Khan" : signature);

        var finding = Assert.Single(new PlaceholderRule().Check(message, new RuleSettings()));

        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("See the study [1] and write to <sarah.khan.md@gmail.com> or <https://example.org/cv>.")]
    [InlineData("Class of 2027, Step 2 CK passed.")]
    public void Placeholder_FootnotesAndAddresses_DoNotFire(string text) =>
        Assert.Empty(new PlaceholderRule().Check(LintMessages.Of(text), new RuleSettings()));

    [Theory]
    [InlineData("I have attached my CV for your reference.")]
    [InlineData("Please find my CV enclosed.")]
    [InlineData("I've included my CV below.")]
    public void AttachmentMissing_MentionWithoutAttachment_Fires(string sentence) =>
        Assert.Single(new AttachmentMissingRule().Check(LintMessages.Of(sentence), new RuleSettings()));

    [Fact]
    public void AttachmentMissing_MentionWithAttachment_DoesNotFire() =>
        Assert.Empty(new AttachmentMissingRule().Check(LintMessages.Of("I have attached my CV.") with { Attachments = ["cv.pdf"] }, new RuleSettings()));

    [Fact]
    public void AttachmentMissing_AttachmentsUnknown_DoesNotFire() =>
        Assert.Empty(new AttachmentMissingRule().Check(LintMessages.Of("I have attached my CV.") with { Attachments = null }, new RuleSettings()));

    [Fact]
    public void NoClearAsk_StatementsOnly_Fires() =>
        Assert.Single(new NoClearAskRule().Check(LintMessages.Of("Dear Dr. Reed,\nI am a US citizen IMG interested in pediatrics.\nMy scores are good."), new RuleSettings()));

    [Theory]
    [InlineData("Would you have 15 minutes for a call?")]
    [InlineData("I’d be grateful for any advice you can share.")]
    [InlineData("I would really value your guidance.")]
    [InlineData("Please let me know if visiting students are accepted.")]
    public void NoClearAsk_QuestionOrRequest_DoesNotFire(string sentence) =>
        Assert.Empty(new NoClearAskRule().Check(LintMessages.Of("Dear Dr. Reed,\n" + sentence), new RuleSettings()));

    [Fact]
    public void NoClearAsk_ThankYouNote_DoesNotFire() =>
        Assert.Empty(new NoClearAskRule().Check(LintMessages.Of("Thank you for meeting with me today.", subject: "Thank you for the interview day"), new RuleSettings()));

    [Fact]
    public void SignatureMissing_NoSignature_Fires() =>
        Assert.Single(new SignatureMissingRule().Check(LintMessages.Of(signature: ""), new RuleSettings()));

    [Fact]
    public void SignatureMissing_Signature_DoesNotFire() =>
        Assert.Empty(new SignatureMissingRule().Check(LintMessages.Of(), new RuleSettings()));
}
