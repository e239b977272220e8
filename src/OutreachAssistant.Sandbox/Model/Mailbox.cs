namespace OutreachAssistant.Sandbox.Model;

internal sealed record Mailbox(string Id, string Address, string DisplayName, string? AccessToken, int Ordinal)
{
    public EmailAddress Owner => new(DisplayName, Address);

    public bool Matches(string idOrAddress) =>
        string.Equals(Id, idOrAddress, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Address, idOrAddress, StringComparison.OrdinalIgnoreCase);
}
