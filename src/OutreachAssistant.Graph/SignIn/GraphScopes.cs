namespace OutreachAssistant.Graph.SignIn;

/// <summary>
/// The permissions the service asks for: reading and writing mail and reading mailbox settings. Never
/// <c>Mail.Send</c>: <c>Mail.ReadWrite</c> creates drafts but "does not include permission to send mail".
/// </summary>
public static class GraphScopes
{
    private const string Graph = "https://graph.microsoft.com/";

    public static IReadOnlyList<string> Delegated(bool calendar) =>
        calendar
            ? [Graph + "Mail.ReadWrite", Graph + "MailboxSettings.Read", Graph + "Calendars.Read"]
            : [Graph + "Mail.ReadWrite", Graph + "MailboxSettings.Read"];

    /// <summary>App-only tokens carry the application permissions granted by an admin; Graph names them all ".default".</summary>
    public static IReadOnlyList<string> AppOnly { get; } = [Graph + ".default"];

    public static IReadOnlyList<string> For(AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Mode == AuthMode.DeviceCode ? Delegated(options.CalendarFeatures) : AppOnly;
    }
}
