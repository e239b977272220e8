using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Tests.Text;

public sealed class SignedNameTests
{
    [Theory]
    [InlineData("Dear Amira,\nThank you for writing. Let us talk next week.\n\nBest,\nJane", "Dr. Jane Smith", "Jane")]
    [InlineData("Dear Amira,\nHappy to help.\n\nKind regards,\nJane Smith, MD\nProgram Director, Pediatrics", "jsmith@childrens.example.org", "Dr. Jane Smith")]
    [InlineData("Dear Amira,\nHappy to help.\n\nKind regards,\nDr. Jane Smith, MD", null, "Dr. Jane Smith")]
    [InlineData("Hi Amira,\nSure, send me your CV.\n\nThanks,\nAna Ruiz\nProfessor of Medicine", "Prof. Ana Ruiz", "Prof. Ana Ruiz")]
    [InlineData("Dear Amira,\nPlease apply through ERAS.\n\n--\nMaria Lopez\nResidency Coordinator", "Maria Lopez", "Maria Lopez")]
    [InlineData("Dear Amira,\nGood luck.\n\nBest regards,\nJane\n\nOn Mon, Nov 2, 2026 at 10:00 AM Amira Haddad wrote:\n> Dear Dr. Smith,\n> Thank you.\n> Best,\n> Amira", "Dr. Jane Smith", "Jane")]
    public void Find_SignedMessage_TheNameAsSigned(string body, string? sender, string expected) =>
        Assert.Equal(expected, SignedName.Find(body, sender));

    [Theory]
    [InlineData("Dear Amira,\nThank you for writing. Let us talk next week.", "Dr. Jane Smith")]
    [InlineData("Dear Amira,\nSee below.\n\nThanks,\nThe Admissions Team", "Dr. Jane Smith")]
    [InlineData("Dear Amira,\nSee below.\n\nBest,\nJ", "Dr. Jane Smith")]
    [InlineData("Dear Amira,\nNoted.\n\nCheers,\nBob", "Dr. Jane Smith")]
    public void Find_NoRecognisableName_Null(string body, string sender) =>
        Assert.Null(SignedName.Find(body, sender));
}
