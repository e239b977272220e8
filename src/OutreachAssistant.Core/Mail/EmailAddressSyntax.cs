using System.Net.Mail;

namespace OutreachAssistant.Core.Mail;

/// <summary>
/// Whether a text is one plain mailbox address (<c>local@domain</c>), as a contact's or a sender's must be. Graph
/// may hand over an Exchange X.500 path, a display name or nothing in the address field; such a text can be
/// neither a contact nor the user, and mail is never addressed to it.
/// </summary>
public static class EmailAddressSyntax
{
    /// <summary>RFC 5321's limit for a path, which holds an address with room to spare.</summary>
    public const int MaxLength = 320;

    public static bool IsValid(string? address) =>
        address is { Length: > 2 and <= MaxLength }
        && address.Contains('@', StringComparison.Ordinal)
        && MailAddress.TryCreate(address, out var parsed)
        && string.Equals(parsed.Address, address, StringComparison.Ordinal)
        && parsed.DisplayName.Length == 0;
}
