namespace OutreachAssistant.Sandbox.Graph.Access;

/// <summary>
/// The permissions, any one of which lets a token make a request, as each API's permissions table lists
/// them (least privileged first): the user needs <c>User.Read</c> (its own profile) or a directory
/// permission (another user's); mailboxSettings <c>MailboxSettings.Read</c>; reading mail <c>Mail.Read</c>;
/// writing it <c>Mail.ReadWrite</c>. Nothing here ever needs <c>Mail.Send</c>.
/// </summary>
internal static class RoutePermissions
{
    private static readonly string[] OwnProfile = ["User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
    private static readonly string[] OtherProfile = ["User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
    private static readonly string[] ReadSettings = ["MailboxSettings.Read", "MailboxSettings.ReadWrite"];
    private static readonly string[] WriteSettings = ["MailboxSettings.ReadWrite"];
    private static readonly string[] ReadMail = ["Mail.Read", "Mail.ReadWrite"];
    private static readonly string[] WriteMail = ["Mail.ReadWrite"];

    /// <summary>Null when the route needs no permission of its own (it is answered 400 or 404 further on).</summary>
    public static IReadOnlyList<string>? For(string method, List<string> rest, bool ownProfile)
    {
        var reading = method is "GET" or "HEAD";
        return rest switch
        {
            [] => ownProfile ? OwnProfile : OtherProfile,
            [var a, ..] when a.Is("mailboxSettings") => reading ? ReadSettings : WriteSettings,
            [var a, ..] when a.Is("mailFolders") || a.Is("messages") => reading ? ReadMail : WriteMail,
            _ => null,
        };
    }

    /// <summary>The error Graph gives a token without the permission: directory calls and Outlook calls answer differently.</summary>
    public static GraphException Denied(List<string> rest) => rest.Count == 0
        ? new GraphException(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")
        : new GraphException(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
}
