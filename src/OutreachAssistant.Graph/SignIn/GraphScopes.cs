namespace OutreachAssistant.Graph.SignIn;

/// <summary>
/// The permissions the service asks for: reading and writing mail, reading mailbox settings, and (delegated)
/// reading the signed-in user's own profile, which <c>GET /me</c> needs (user-get: <c>User.Read</c>; low-privilege
/// and granted by the user). Never <c>Mail.Send</c>: <c>Mail.ReadWrite</c> creates drafts but "does not include
/// permission to send mail". App-only access never reads a user (that would need <c>User.Read.All</c>).
/// </summary>
public static class GraphScopes
{
    private const string Graph = "https://graph.microsoft.com/";

    public static IReadOnlyList<string> Delegated(bool calendar) =>
        calendar
            ? [Graph + "Mail.ReadWrite", Graph + "MailboxSettings.Read", Graph + "User.Read", Graph + "Calendars.Read"]
            : [Graph + "Mail.ReadWrite", Graph + "MailboxSettings.Read", Graph + "User.Read"];

    /// <summary>App-only tokens carry the application permissions granted by an admin; Graph names them all ".default".</summary>
    public static IReadOnlyList<string> AppOnly { get; } = [Graph + ".default"];

    public static IReadOnlyList<string> For(AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Mode == AuthMode.DeviceCode ? Delegated(options.CalendarFeatures) : AppOnly;
    }
}
