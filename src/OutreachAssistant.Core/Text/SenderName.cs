namespace OutreachAssistant.Core.Text;

/// <summary>The sender's display name (or address), to recognise a sign-off line with their name.</summary>
internal readonly struct SenderName
{
    private const int MaxNameLineWords = 6;

    private static readonly System.Buffers.SearchValues<char> LocalPartBreaks =
        System.Buffers.SearchValues.Create("._-+0123456789");

    private readonly string? fullName;
    private readonly string? firstName;

    public SenderName(string? sender)
    {
        var value = sender?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            // "john.doe@example.com" names John.
            var local = value[..at];
            var end = local.AsSpan().IndexOfAny(LocalPartBreaks);
            firstName = end < 0 ? local : local[..end];
            firstName = firstName.Length >= 2 ? firstName : null;
            return;
        }

        fullName = value;
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        firstName = space < 0 ? null : value[..space];
    }

    public bool IsNameLine(ReadOnlySpan<char> trimmed)
    {
        var line = trimmed.TrimStart("-—–~ ");
        if (fullName is not null && line.StartsWith(fullName, StringComparison.OrdinalIgnoreCase)
            && (line.Length == fullName.Length || line[fullName.Length] is ',' or ' '))
        {
            return true;
        }

        if (firstName is null || !line.StartsWith(firstName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = line[firstName.Length..];
        return (rest.IsEmpty || rest[0] is ' ' or ',') && SignatureLines.CountWords(line) <= MaxNameLineWords
            && !SignatureLines.IsProse(line);
    }
}
