using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Tests.Sync;

public sealed class UntrackedMailTests
{
    private static readonly MailboxOwner Owner = new(new EmailAddress("amira.haddad@outlook.example", "Amira Haddad"));

    [Fact]
    public void Add_MailFromOthers_KeepsTheSignedNameAndLetsTheBodyAndHeadersGo()
    {
        var mail = new UntrackedMail(Owner);

        const string body = "Dear Amira,\nPlease write to our coordinator.\n\nBest regards,\nJane Smith\nProgram Director";
        mail.Add([Inbound("a1", body)]);

        // Nothing of the message is held but its id and what it concerns: no body, no headers.
        Assert.Equal("a1", Assert.Single(mail.Ids));
        Assert.Empty(mail.Sent);
        Assert.Equal("c1", Assert.Single(mail.Conversations));
        Assert.Contains("jsmith@childrens.example.org", mail.Addresses);
        var signing = Assert.Single(mail.Signings);
        Assert.Equal(("a1", "jsmith@childrens.example.org"), (signing.MessageId, signing.Address));
        Assert.Equal(SignedName.Find(body, "Dr. Jane Smith"), signing.Name);
        Assert.NotNull(signing.Name);
    }

    [Fact]
    public void Add_TheUsersOwnMail_KeepsItsBodyForTheReview()
    {
        var mail = new UntrackedMail(Owner);
        var sent = new MailMessage
        {
            Id = "s1", ConversationId = "c1", From = Owner.Address, Folder = MailFolderKind.SentItems,
            BodyText = "Dear Dr. Smith,\nWould a short observership be possible?\nAmira Haddad",
        };

        mail.Add([sent]);

        Assert.Equal(sent.BodyText, Assert.Single(mail.Sent).BodyText);
        Assert.Empty(mail.Signings);
    }

    [Fact]
    public void Add_AMessageDeliveredAgainByAResync_IsKeptOnce()
    {
        var mail = new UntrackedMail(Owner);

        mail.Add([Inbound("a1", "Thanks.\nJane Smith")]);
        mail.Add([Inbound("a1", "Thanks.\nJane Smith")]);

        Assert.Single(mail.Ids);
        Assert.Single(mail.Signings);
    }

    private static MailMessage Inbound(string id, string body) => new()
    {
        Id = id,
        ConversationId = "c1",
        From = new EmailAddress("jsmith@childrens.example.org", "Dr. Jane Smith"),
        To = [Owner.Address],
        Folder = MailFolderKind.Inbox,
        SentAt = new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero),
        BodyText = body,
        Headers = new MessageHeaders([new("List-Id", "residency news")]),
    };
}
