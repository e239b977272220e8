namespace OutreachAssistant.Worker.Configuration;

/// <summary>The mailboxes to watch, from the <c>Mailboxes</c> list.</summary>
public sealed class MailboxesOptions
{
    public IList<MailboxOptions> Items { get; init; } = [];
}
