namespace OutreachAssistant.Core.Mail;

/// <summary>Who the mailbox belongs to: the address and any aliases the user sends from.</summary>
public sealed record MailboxOwner(EmailAddress Address, IReadOnlyList<string> Aliases)
{
    public MailboxOwner(EmailAddress address)
        : this(address, [])
    {
    }

    /// <summary>
    /// Whether the user sent the message: anything in Sent Items (whatever address it was sent from, an alias
    /// included), or anything from one of the user's addresses.
    /// </summary>
    public bool Sent(MailMessage message) =>
        message is not null && (message.Folder == MailFolderKind.SentItems || Owns(message.From));

    public bool Owns(EmailAddress? address) =>
        address is not null
        && (Address.IsSameAddress(address.Address) || Aliases.Any(alias => address.IsSameAddress(alias)));
}
