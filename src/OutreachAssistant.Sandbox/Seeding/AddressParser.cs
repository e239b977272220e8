using System.Text.RegularExpressions;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>Parses "Name &lt;address&gt;" or a bare "address".</summary>
internal static partial class AddressParser
{
    public static EmailAddress? TryParse(string? text)
    {
        var match = NameAndAddress().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var address = match.Groups["address"].Value;
        var name = match.Groups["name"].Value.Trim().Trim('"');
        return new EmailAddress(name.Length == 0 ? address : name, address);
    }

    [GeneratedRegex(@"^(?:(?<name>[^<>]*)<(?<address>[^<>@\s]+@[^<>@\s]+)>|(?<address>[^<>@\s]+@[^<>@\s]+))$")]
    private static partial Regex NameAndAddress();
}
