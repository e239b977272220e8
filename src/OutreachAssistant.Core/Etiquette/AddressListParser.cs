using System.Globalization;
using System.Text.RegularExpressions;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>Reads an address header: <c>Name &lt;a@b.org&gt;, c@d.org, "Last, First" &lt;e@f.org&gt;</c>.</summary>
public static partial class AddressListParser
{
    /// <exception cref="FormatException">An entry holds no address.</exception>
    public static IReadOnlyList<EmailAddress> Parse(string value, string header, int line)
    {
        ArgumentNullException.ThrowIfNull(value);
        var addresses = new List<EmailAddress>();
        foreach (var entry in SplitEntries(value))
        {
            var match = Entry().Match(entry);
            if (!match.Success)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"line {line}: {header} has \"{entry}\", which is not an address; expected a@b.org or Name <a@b.org>"));
            }

            var name = match.Groups["name"].Value.Trim().Trim('"').Trim();
            addresses.Add(new EmailAddress(match.Groups["address"].Value, name.Length == 0 ? null : name));
        }

        return addresses;
    }

    // Commas separate entries except inside quotes or angle brackets.
    private static IEnumerable<string> SplitEntries(string value)
    {
        var start = 0;
        var quoted = false;
        var angled = false;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ',';
            quoted ^= c == '"';
            angled = c == '<' || (angled && c != '>');
            if (c == ',' && !quoted && !angled)
            {
                var entry = value[start..Math.Min(i, value.Length)].Trim();
                if (entry.Length > 0)
                {
                    yield return entry;
                }

                start = i + 1;
            }
        }
    }

    [GeneratedRegex(@"^(?:(?<name>[^<]*)<(?<address>[^<>\s@]+@[^<>\s@]+)>|(?<address>[^<>\s@""]+@[^<>\s@""]+))$", RegexOptions.CultureInvariant)]
    private static partial Regex Entry();
}
