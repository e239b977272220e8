namespace OutreachAssistant.Core.Mail;

/// <summary>A mailbox address with its optional display name. Addresses compare without regard to case.</summary>
public sealed record EmailAddress(string Address, string? Name = null)
{
    public string Domain
    {
        get
        {
            var at = Address.LastIndexOf('@');
            return at < 0 ? string.Empty : Address[(at + 1)..];
        }
    }

    public bool IsSameAddress(string? other) => string.Equals(Address, other, StringComparison.OrdinalIgnoreCase);

    public bool Equals(EmailAddress? other) => other is not null && IsSameAddress(other.Address);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Address);
}
