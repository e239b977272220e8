namespace OutreachAssistant.Sandbox.Model;

/// <summary>A recipient as Graph writes it inside <c>{"emailAddress":{...}}</c>.</summary>
internal sealed record EmailAddress(string Name, string Address)
{
    public bool IsSameAddress(string address) =>
        string.Equals(Address, address, StringComparison.OrdinalIgnoreCase);

    public override string ToString() =>
        string.IsNullOrEmpty(Name) || Name == Address ? Address : $"{Name} <{Address}>";
}
