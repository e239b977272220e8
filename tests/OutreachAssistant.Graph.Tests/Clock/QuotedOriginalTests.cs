using OutreachAssistant.Graph.Clock;

namespace OutreachAssistant.Graph.Tests.Clock;

public sealed class QuotedOriginalTests
{
    private const string Reply = "Thanks!\r\n\r\n________________________________\r\nFrom: Omar Haddad <omar@family.example>\r\n"
        + "Sent: Sunday, November 1, 2026 1:40 PM\r\nTo: Amira <amira@outlook.example>\r\nSubject: Dinner\r\n\r\nDinner at 7?";

    [Fact]
    public void OutlookQuoteHeader_FromAndLocalTime_OffsetAgainstTheOriginalsUtcTime()
    {
        var quoted = QuotedOriginal.Find(Reply)!;

        Assert.Equal("omar@family.example", quoted.FromAddress);
        Assert.Equal(TimeSpan.FromHours(-5), quoted.OffsetAgainst(new DateTimeOffset(2026, 11, 1, 18, 40, 17, TimeSpan.Zero)));
    }

    [Fact]
    public void AnotherMessagesTime_NotAWholeQuarterHourAway_NoOffset()
    {
        var quoted = QuotedOriginal.Find(Reply)!;

        Assert.Null(quoted.OffsetAgainst(new DateTimeOffset(2026, 11, 1, 18, 33, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void NoQuoteHeader_Nothing() => Assert.Null(QuotedOriginal.Find("Just a note, nothing quoted."));
}
