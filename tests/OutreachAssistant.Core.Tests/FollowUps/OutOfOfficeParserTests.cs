using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

public sealed class OutOfOfficeParserTests
{
    private static readonly DateOnly Received = new(2026, 11, 4);

    [Theory]
    [InlineData("I am out of the office until Monday, November 16, with limited access to email.", "2026-11-16")]
    [InlineData("I will be back on 16/11.", "2026-11-16")]
    [InlineData("Returning 2026-11-16; for urgent matters call the office.", "2026-11-16")]
    [InlineData("I am on leave until 16 November.", "2026-11-16")]
    [InlineData("Away until Nov 16th, 2026.", "2026-11-16")]
    [InlineData("Back in the office on 11/16.", "2026-11-16")]
    [InlineData("I will return on Monday 16 November 2026.", "2026-11-16")]
    [InlineData("Ich bin bis zum 16. November nicht im Büro.", "2026-11-16")]
    [InlineData("Ich bin ab dem 2.11. im Urlaub und bis 16.11.2026 nicht erreichbar.", "2026-11-16")]
    [InlineData("Je suis absente jusqu'au 16 novembre.", "2026-11-16")]
    [InlineData("Je serai de retour le 16 novembre 2026.", "2026-11-16")]
    [InlineData("Estoy fuera de la oficina hasta el 16 de noviembre.", "2026-11-16")]
    [InlineData("Out until January 5.", "2027-01-05")]
    public void ReturnDate_CommonForms_FindsTheDay(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), OutOfOfficeParser.ReturnDate(text, Received));

    [Theory]
    [InlineData("Thank you for your message. I am away with limited access to email.")]
    [InlineData("I am out until 5 pm today.")]
    [InlineData("Office hours: Monday to Friday. Call 555 12 34.")]
    [InlineData("")]
    [InlineData(null)]
    public void ReturnDate_NoDateStated_IsNull(string? text) =>
        Assert.Null(OutOfOfficeParser.ReturnDate(text, Received));
}
