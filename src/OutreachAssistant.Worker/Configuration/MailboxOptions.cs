namespace OutreachAssistant.Worker.Configuration;

/// <summary>One mailbox the service watches. An item of the <c>Mailboxes</c> list.</summary>
public sealed class MailboxOptions
{
    /// <summary>A short name of our own, used in the state store and in <c>outreach status</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary><c>me</c> for the signed-in user, or a user id or address for app-only access. <value>Default: me.</value></summary>
    public string User { get; set; } = "me";
}
