using Microsoft.Graph.Models;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph.Tests;

public sealed class MessageScreenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    private static Message Sound() => new()
    {
        Id = "m1",
        ConversationId = "c1",
        From = new Recipient { EmailAddress = new Microsoft.Graph.Models.EmailAddress { Address = "jsmith@childrens.example.org", Name = "Dr. Jane Smith" } },
        SentDateTime = Now.AddDays(-3),
        ReceivedDateTime = Now.AddDays(-3),
        IsDraft = false,
    };

    [Fact]
    public void ReasonToSkip_SoundMessage_IsNone() => Assert.Null(MessageScreen.ReasonToSkip(Sound(), Now));

    [Theory]
    [InlineData("9999-12-31T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1979-12-31T23:59:59Z")]
    [InlineData("2026-11-03T15:00:01Z")]
    public void ReasonToSkip_SentTimeOutOfRange_IsDateOutOfRange(string sent)
    {
        var message = Sound();
        message.SentDateTime = DateTimeOffset.Parse(sent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(SkipReasons.DateOutOfRange, MessageScreen.ReasonToSkip(message, Now));
    }

    [Fact]
    public void ReasonToSkip_ReceivedHoursAhead_IsWithinTheDaysTolerance()
    {
        var message = Sound();
        message.ReceivedDateTime = Now.AddHours(20);
        Assert.Null(MessageScreen.ReasonToSkip(message, Now));
    }

    [Fact]
    public void ReasonToSkip_NoDates_IsMissingDate()
    {
        var message = Sound();
        message.SentDateTime = null;
        message.ReceivedDateTime = null;
        Assert.Equal(SkipReasons.MissingDate, MessageScreen.ReasonToSkip(message, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ReasonToSkip_NoConversation_IsMissingConversation(string? conversationId)
    {
        var message = Sound();
        message.ConversationId = conversationId;
        Assert.Equal(SkipReasons.MissingConversation, MessageScreen.ReasonToSkip(message, Now));
    }

    [Fact]
    public void ReasonToSkip_NoId_IsMissingId()
    {
        var message = Sound();
        message.Id = null;
        Assert.Equal(SkipReasons.MissingId, MessageScreen.ReasonToSkip(message, Now));
    }

    [Theory]
    [InlineData("Admissions Office")]
    [InlineData("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=JSMITH")]
    [InlineData("Jane <jsmith@childrens.example.org>")]
    [InlineData("two@at@signs.example")]
    public void ReasonToSkip_SenderNotAnAddress_IsUnparsableAddress(string address)
    {
        var message = Sound();
        message.From!.EmailAddress!.Address = address;
        Assert.Equal(SkipReasons.UnparsableAddress, MessageScreen.ReasonToSkip(message, Now));
    }

    [Fact]
    public void ReasonToSkip_NoSender_IsMissingFromUnlessADraft()
    {
        var message = Sound();
        message.From = null;
        Assert.Equal(SkipReasons.MissingFrom, MessageScreen.ReasonToSkip(message, Now));

        message.IsDraft = true;
        Assert.Null(MessageScreen.ReasonToSkip(message, Now));
    }
}
