namespace OutreachAssistant.Worker.Drafts;

/// <summary>One draft of <c>outreach drafts</c>: whose, about what, where, made when, how it stands, and its own text.</summary>
/// <param name="Mailbox">The mailbox's id in Mailboxes.</param>
/// <param name="ThreadId">The thread the draft replies in.</param>
/// <param name="Purpose"><c>follow-up</c> or <c>keep-in-touch</c>.</param>
/// <param name="Sequence">The thread's n-th follow-up, or the contact's n-th keep-in-touch update.</param>
/// <param name="Contact">The contact's address, the draft's one recipient.</param>
/// <param name="ContactName">The contact's name as displayed, when known.</param>
/// <param name="Subject">The subject of the outreach the draft answers.</param>
/// <param name="Folder">Where the draft is now; where it was left when its mailbox could not be read.</param>
/// <param name="CreatedAt">When it was made, on the mailbox's clock.</param>
/// <param name="State">Waiting, or overtaken since it was made (stale, superseded, marked).</param>
/// <param name="Text">The draft's own text as it is now, your edits included, without the quoted history; null when its mailbox could not be read.</param>
public sealed record UnsentDraft(
    string Mailbox,
    string ThreadId,
    string Purpose,
    int Sequence,
    string Contact,
    string? ContactName,
    string Subject,
    string Folder,
    DateTimeOffset CreatedAt,
    DraftCondition State,
    string? Text);
