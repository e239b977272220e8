namespace OutreachAssistant.Sandbox.Model;

/// <summary>
/// Compares extended property ids the way Exchange does: type, GUID and keywords ignore case,
/// but the <c>Name</c> part is case-sensitive.
/// </summary>
internal static class ExtendedPropertyId
{
    public static bool AreSame(string left, string right)
    {
        var a = Split(left);
        var b = Split(right);
        if (a.Length != b.Length)
        {
            return false;
        }

        var nameIndex = Array.FindIndex(a, p => p.Equals("Name", StringComparison.OrdinalIgnoreCase));
        for (var i = 0; i < a.Length; i++)
        {
            var comparison = nameIndex >= 0 && i > nameIndex ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!string.Equals(a[i], b[i], comparison))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One spelling per id for an index: two ids are the same (<see cref="AreSame"/>) when their keys are equal.
    /// Up to and including the <c>Name</c> keyword the parts are upper-cased, the way ordinal ignore-case compares.
    /// </summary>
    public static string Key(string id)
    {
        var parts = Split(id);
        var nameIndex = Array.FindIndex(parts, p => p.Equals("Name", StringComparison.OrdinalIgnoreCase));
        var caseless = nameIndex >= 0 ? nameIndex + 1 : parts.Length;
        return string.Join(' ', parts.Select((p, i) => i < caseless ? p.ToUpperInvariant() : p));
    }

    /// <summary>True when the id names the MAPI tag (e.g. "Integer 0x0E07" for tag "0x0E07").</summary>
    public static bool IsTag(string id, string tag)
    {
        var parts = Split(id);
        return parts.Length == 2 && parts[1].Equals(tag, StringComparison.OrdinalIgnoreCase);
    }

    private static string[] Split(string id) =>
        id.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
