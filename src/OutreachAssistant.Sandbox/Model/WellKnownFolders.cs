namespace OutreachAssistant.Sandbox.Model;

/// <summary>The folders every sandbox mailbox has, keyed by Graph well-known name.</summary>
internal static class WellKnownFolders
{
    public const string Inbox = "inbox";
    public const string SentItems = "sentitems";
    public const string Drafts = "drafts";
    public const string DeletedItems = "deleteditems";
    public const string Archive = "archive";
    public const string Root = "msgfolderroot";

    public static IReadOnlyList<(string Name, string DisplayName)> All { get; } =
    [
        (Inbox, "Inbox"),
        (SentItems, "Sent Items"),
        (Drafts, "Drafts"),
        (DeletedItems, "Deleted Items"),
        (Archive, "Archive"),
    ];

    public static bool IsKnown(string name) =>
        All.Any(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
