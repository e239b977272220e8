using OutreachAssistant.Core.Mail;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Tests.Sync;

public sealed class MessageRecordsTests
{
    private static readonly MailboxOwner Owner = new(new EmailAddress("amira.haddad@outlook.example", "Amira Haddad"));

    [Fact]
    public void ToRecord_OutOfOfficeNote_KeepsTheReturnDate()
    {
        var record = MessageRecords.ToRecord("amira", Automatic("Automatic reply: observership", ("Auto-Submitted", "auto-replied")), Owner);

        Assert.Equal(new DateOnly(2026, 12, 14), record.ReturnsOn);
    }

    [Theory]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("Precedence", "bulk")]
    public void ToRecord_NotificationOrNewsletterSayingTheSame_NoReturnDate(string header, string value)
    {
        var record = MessageRecords.ToRecord("amira", Automatic("Clinic hours this month", (header, value)), Owner);

        Assert.Null(record.ReturnsOn);
    }

    private static MailMessage Automatic(string subject, (string Name, string Value) header) => new()
    {
        Id = "a1",
        ConversationId = "c1",
        From = new EmailAddress("jsmith@childrens.example.org", "Dr. Jane Smith"),
        To = [Owner.Address],
        Folder = MailFolderKind.Inbox,
        Subject = subject,
        ReceivedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        Headers = new MessageHeaders([new(header.Name, header.Value)]),
        BodyHtml = "<p>I am out of the office until December 14, 2026, with limited access to email.</p>",
    };
}
