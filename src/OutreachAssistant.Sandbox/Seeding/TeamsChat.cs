using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>
/// A Teams chat as it shows in a mailbox's <c>/messages</c>. Documented: "the response of GET /users/id/messages
/// includes the user's Microsoft Teams chats ... These chat messages have "IM" as their subject" (known issues).
/// Exchange keeps them in a hidden folder with the message class IPM.SkypeTeams.Message and no internet
/// headers; the sandbox has no hidden folder, so they go to Archive unless the seed names a folder.
/// </summary>
internal static class TeamsChat
{
    public const string Subject = "IM";
    public const string Folder = WellKnownFolders.Archive;
    public const string MessageClassProperty = "String 0x001A";
    public const string MessageClass = "IPM.SkypeTeams.Message";

    public static void Shape(StoredMessage message)
    {
        message.Headers.Clear();
        message.SetExtendedProperty(MessageClassProperty, MessageClass);
    }
}
