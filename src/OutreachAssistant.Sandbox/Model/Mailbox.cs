namespace OutreachAssistant.Sandbox.Model;

/// <summary>A sandbox mailbox; <c>TokenScopes</c> are the permissions its own access token carries (null: every one).</summary>
internal sealed record Mailbox(
    string Id,
    string Address,
    string DisplayName,
    string? AccessToken,
    int Ordinal,
    AccountKind Account = AccountKind.Work,
    IReadOnlySet<string>? TokenScopes = null)
{
    public EmailAddress Owner => new(DisplayName, Address);

    public bool Matches(string idOrAddress) =>
        string.Equals(Id, idOrAddress, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Address, idOrAddress, StringComparison.OrdinalIgnoreCase);
}
