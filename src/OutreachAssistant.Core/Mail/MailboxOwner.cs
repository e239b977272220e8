namespace OutreachAssistant.Core.Mail;

/// <summary>Who the mailbox belongs to: the address and any aliases the user sends from.</summary>
public sealed record MailboxOwner(EmailAddress Address, IReadOnlyList<string> Aliases)
{
    public MailboxOwner(EmailAddress address)
        : this(address, [])
    {
    }

    public bool Owns(EmailAddress? address) =>
        address is not null
        && (Address.IsSameAddress(address.Address) || Aliases.Any(alias => address.IsSameAddress(alias)));
}
