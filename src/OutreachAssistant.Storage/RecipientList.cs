namespace OutreachAssistant.Storage;

/// <summary>
/// A sent message's recipients as stored: <c>;A;B;</c>, upper case, so one address is found by a plain
/// substring search, in SQL as well as in code.
/// </summary>
public static class RecipientList
{
    public static string Of(IEnumerable<string> addresses) => $";{string.Join(';', addresses.Select(a => a.ToUpperInvariant()))};";

    /// <summary>What stands in the list for one address.</summary>
    public static string Marker(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return $";{address.ToUpperInvariant()};";
    }

    public static bool Includes(string? recipients, string address) =>
        recipients?.Contains(Marker(address), StringComparison.Ordinal) ?? false;

    /// <summary>The different addresses a stored list holds, upper case as stored (none for null).</summary>
    public static IEnumerable<string> Addresses(string? recipients) =>
        recipients is null ? [] : recipients.Split(';', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);

    /// <summary>How many different addresses a stored list holds (0 for none).</summary>
    public static int Count(string? recipients) => Addresses(recipients).Count();
}
