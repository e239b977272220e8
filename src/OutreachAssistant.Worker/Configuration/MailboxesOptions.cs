namespace OutreachAssistant.Worker.Configuration;

/// <summary>The mailboxes to watch, from the <c>Mailboxes</c> list.</summary>
public sealed class MailboxesOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Mailboxes";

    public IList<MailboxOptions> Items { get; init; } = [];
}
