using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Tests.Drafting;

/// <summary>A greeting is never built from an emoji, digits, an address or another non-name.</summary>
public sealed class SalutationTests
{
    [Theory]
    [InlineData("🎓")]
    [InlineData("🎓🩺")]
    [InlineData("12345")]
    [InlineData("Room 101")]
    [InlineData("info@x")]
    [InlineData("info")]
    [InlineData("noreply")]
    [InlineData("https://childrens.example.org")]
    [InlineData("www.childrens.example.org")]
    [InlineData("???")]
    [InlineData("— –")]
    [InlineData("J")]
    [InlineData("  ")]
    public void For_NotAName_IsTheNeutralGreeting(string name) =>
        Assert.Equal("Hello,", Salutation.For(new EmailAddress("jsmith@childrens.example.org", name)));

    [Theory]
    [InlineData("Admissions Office", "Dear Admissions Office,")]
    [InlineData("Jane Smith 🎓", "Dear Jane Smith,")]
    [InlineData("🩺 Dr. Jane Smith", "Dear Dr. Smith,")]
    [InlineData("Seán O'Brien-Ní Dhomhnaill", "Dear Seán O'Brien-Ní Dhomhnaill,")]
    [InlineData("李雷", "Dear 李雷,")]
    public void For_NameAmongSymbols_GreetsByTheName(string name, string expected) =>
        Assert.Equal(expected, Salutation.For(new EmailAddress("jsmith@childrens.example.org", name)));

    [Fact]
    public void Compose_SignedWithAnEmoji_FallsBackToTheDisplayName()
    {
        var request = new FollowUpDraftRequest(
            new EmailAddress("jsmith@childrens.example.org", "Dr. Jane Smith"),
            "Observership question",
            new DateTimeOffset(2026, 11, 3, 15, 0, 0, TimeSpan.Zero),
            OutreachKind.Other,
            TimeZoneInfo.Utc) { SignedName = "🙂" };

        var draft = new FollowUpDraftComposer(new DraftingOptions(), ShippedTemplates.Compiled).Compose(request);

        Assert.Contains("Dear Dr. Smith,", draft.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("🙂", draft.BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Thanks for writing.\n\nBest,\n🙂")]
    [InlineData("Thanks for writing.\n\nBest,\n12345")]
    public void SignedName_SignOffWithoutAName_IsNone(string body) =>
        Assert.Null(SignedName.Find(body, "Dr. Jane Smith"));
}
