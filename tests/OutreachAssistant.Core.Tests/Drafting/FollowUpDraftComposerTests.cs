using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests.Drafting;

public sealed class FollowUpDraftComposerTests
{
    private static FollowUpDraftRequest Request(string? name, OutreachKind kind = OutreachKind.Other) => new(
        new EmailAddress("jsmith@childrens.example.org", name),
        "Observership question",
        new DateTimeOffset(2026, 11, 3, 3, 30, 0, TimeSpan.Zero),
        kind,
        TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

    [Theory]
    [InlineData("Dr. Jane Smith", "Dear Dr. Smith,")]
    [InlineData("Dr Jane Smith", "Dear Dr. Smith,")]
    [InlineData("Professor Ana Ruiz", "Dear Professor Ruiz,")]
    [InlineData("Smith, Jane", "Dear Jane Smith,")]
    [InlineData("Jane Smith", "Dear Jane Smith,")]
    [InlineData("jsmith@childrens.example.org", "Hello,")]
    [InlineData(null, "Hello,")]
    public void Salutation_DisplayName_GreetsPolitely(string? name, string expected) =>
        Assert.Equal(expected, Salutation.For(new EmailAddress("jsmith@childrens.example.org", name)));

    [Fact]
    public void Compose_DateInMailboxTimeZone_NamesTheDayTheUserSent()
    {
        // 03:30 UTC on 3 November is still 2 November in New York.
        var draft = new FollowUpDraftComposer(new DraftingOptions(), ShippedTemplates.Compiled).Compose(Request("Dr. Jane Smith"));
        Assert.Contains("my email of November 2", draft.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WithSignature_EndsWithIt()
    {
        var options = new DraftingOptions { Signature = "Amira Haddad, MD\nClass of 2024" };
        var draft = new FollowUpDraftComposer(options, ShippedTemplates.Compiled).Compose(Request("Dr. Jane Smith", OutreachKind.Mentorship));
        Assert.EndsWith("Amira Haddad, MD\nClass of 2024\n", draft.BodyText, StringComparison.Ordinal);
        Assert.Contains("15 minutes", draft.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SignedNameKnown_GreetsAsTheContactSigns()
    {
        var draft = new FollowUpDraftComposer(new DraftingOptions(), ShippedTemplates.Compiled).Compose(Request("Smith, Jane (Pediatrics)") with { SignedName = "Dr. Jane Smith" });
        Assert.StartsWith("Dear Dr. Smith,\n", draft.BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutreachKind.Other)]
    [InlineData(OutreachKind.Mentorship)]
    [InlineData(OutreachKind.Elective)]
    [InlineData(OutreachKind.ProgramInterest)]
    public void Compose_AnyKind_StaysShort(OutreachKind kind)
    {
        // The guides' whole cold email is 10-15 lines; a follow-up is shorter still.
        var draft = new FollowUpDraftComposer(new DraftingOptions { Signature = "Amira Haddad" }, ShippedTemplates.Compiled).Compose(Request("Dr. Jane Smith", kind));
        var lines = draft.BodyText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 4, 8);
    }
}
