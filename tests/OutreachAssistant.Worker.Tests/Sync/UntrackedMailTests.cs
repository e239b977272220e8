using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;
using OutreachAssistant.Worker.Sync;

namespace OutreachAssistant.Worker.Tests.Sync;

public sealed class UntrackedMailTests
{
    private static readonly MailboxOwner Owner = new(new EmailAddress("amira.haddad@outlook.example", "Amira Haddad"));

    private static readonly IReadOnlySet<string> JaneIsAContact = new HashSet<string> { "JSMITH@CHILDRENS.EXAMPLE.ORG" };

    [Fact]
    public void Add_MailFromAContact_KeepsTheSignedNameAndLetsTheBodyAndHeadersGo()
    {
        var mail = new UntrackedMail(Owner, JaneIsAContact);

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
        var mail = new UntrackedMail(Owner, new HashSet<string>());
        var sent = new MailMessage
        {
            Id = "s1", ConversationId = "c1", From = Owner.Address, Folder = MailFolderKind.SentItems,
            BodyText = "Dear Dr. Smith,\nWould a short observership be possible?\nAmira Haddad",
        };

        mail.Add([sent]);

        var kept = Assert.Single(mail.Sent);
        Assert.Equal(sent.BodyText, kept.BodyText);
        // Held packed until the tracker reads it: each read unpacks a fresh string.
        Assert.NotSame(kept.BodyText, kept.BodyText);
        Assert.Empty(mail.Signings);
    }

    [Fact]
    public void Add_AMessageDeliveredAgainByAResync_IsKeptOnce()
    {
        var mail = new UntrackedMail(Owner, JaneIsAContact);

        mail.Add([Inbound("a1", "Thanks.\nJane Smith")]);
        mail.Add([Inbound("a1", "Thanks.\nJane Smith")]);

        Assert.Single(mail.Ids);
        Assert.Single(mail.Signings);
    }

    [Fact]
    public void Add_MailFromSomeoneNeverWrittenTo_NoSignedNameAndItsHtmlNeverTurnedIntoText()
    {
        var mail = new UntrackedMail(Owner, new HashSet<string>());
        var html = Inbound("a1", string.Empty) with { BodyText = null, BodyHtml = "<p>Thanks.</p><p>Jane Smith</p>" };

        mail.Add([html]);

        Assert.Empty(mail.Signings);
        Assert.Equal("a1", Assert.Single(mail.Ids));
    }

    [Fact]
    public void Add_AnAnswerFromSomeoneThisSyncsOwnMailWentTo_KeepsTheSignedName()
    {
        var mail = new UntrackedMail(Owner, new HashSet<string>());
        var sent = new MailMessage
        {
            Id = "s1", ConversationId = "c1", From = Owner.Address, Folder = MailFolderKind.SentItems,
            To = [new EmailAddress("JSmith@Childrens.example.org")], BodyText = "Dear Dr. Smith,\nAmira Haddad",
        };

        // Sent Items is read before the Inbox.
        mail.Add([sent]);
        mail.Add([Inbound("a1", string.Empty) with { BodyText = null, BodyHtml = "<p>Dear Amira,</p><p>Best regards,<br>Jane Smith</p>" }]);

        Assert.Equal("a1", Assert.Single(mail.Signings).MessageId);
    }

    [Fact]
    public void Add_TheUsersOwnHtmlMail_KeptAsTextWithoutItsHtml()
    {
        var mail = new UntrackedMail(Owner, new HashSet<string>());
        var sent = new MailMessage
        {
            Id = "s1", ConversationId = "c1", From = Owner.Address, Folder = MailFolderKind.SentItems,
            BodyHtml = "<p>Dear Dr. Smith,</p><p>Amira Haddad</p>",
        };

        mail.Add([sent]);

        var kept = Assert.Single(mail.Sent);
        Assert.Null(kept.BodyHtml);
        Assert.Equal(OwnTextExtractor.HtmlToText(sent.BodyHtml), kept.BodyText);
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
