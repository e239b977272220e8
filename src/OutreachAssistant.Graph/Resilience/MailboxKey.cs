namespace OutreachAssistant.Graph.Resilience;

/// <summary>Which mailbox a Graph request is for, from its path: <c>/me/…</c> or <c>/users/{id}/…</c>.</summary>
public static class MailboxKey
{
    public const string None = "(none)";

    public static string From(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Equals("me", StringComparison.OrdinalIgnoreCase))
            {
                return "me";
            }

            if (segments[i].Equals("users", StringComparison.OrdinalIgnoreCase) && i + 1 < segments.Length)
            {
                return Uri.UnescapeDataString(segments[i + 1]).ToUpperInvariant();
            }
        }

        return None;
    }
}
