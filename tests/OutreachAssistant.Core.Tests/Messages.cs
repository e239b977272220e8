using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Tests;

/// <summary>Plain message values for the tests.</summary>
internal static class Messages
{
    public static readonly EmailAddress Amira = new("amira.haddad@outlook.example", "Amira Haddad");
    public static readonly MailboxOwner Owner = new(Amira);
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 14, 0, 0, TimeSpan.Zero);

    public static MailMessage Sent(string id, string conversation, DateTimeOffset at, params string[] to) => new()
    {
        Id = id,
        ConversationId = conversation,
        From = Amira,
        To = [.. to.Select(a => new EmailAddress(a))],
        SentAt = at,
        Folder = MailFolderKind.SentItems,
        Subject = "IMG applicant - question about observerships",
    };

    public static MailMessage Received(string id, string conversation, DateTimeOffset at, string from, string subject = "Re: question", params (string Name, string Value)[] headers) => new()
    {
        Id = id,
        ConversationId = conversation,
        From = new EmailAddress(from),
        To = [Amira],
        ReceivedAt = at,
        Folder = MailFolderKind.Inbox,
        Subject = subject,
        Headers = new MessageHeaders(headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))),
    };
}
