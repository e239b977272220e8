using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph;
using OutreachAssistant.Worker.Doctor;

namespace OutreachAssistant.Worker.Probe;

/// <summary>What <c>outreach probe</c> checks on the draft it read back: each one thing the service relies on.</summary>
public static class ProbeChecks
{
    public static DoctorCheck Addressed(DraftReadBack draft, EmailAddress contact, MailboxOwner owner)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(owner);
        var toYou = draft.To.Concat(draft.Cc).Any(a => owner.Owns(new EmailAddress(a)));
        var toContact = draft.To.Count == 1 && contact.Equals(new EmailAddress(draft.To[0])) && draft.Cc.Count == 0;
        return toContact && !toYou
            ? new("addressed", true, "to the person you wrote to, alone; not to you")
            : new("addressed", false, toYou ? "the draft is addressed to you" : $"the draft went to {draft.To.Count} and copied {draft.Cc.Count} people, not the one you wrote to", "report it: the service must set the recipients itself");
    }

    public static DoctorCheck KeyFound(IReadOnlyList<DraftState> found, string draftId)
    {
        ArgumentNullException.ThrowIfNull(found);
        return found.Count == 1 && found[0].MessageId == draftId
            ? new("our key", true, "found by the service's own lookup, so a draft is never made twice")
            : new("our key", false, found.Count == 0 ? "the mailbox did not keep the key on the draft" : $"the lookup found {found.Count} messages", "report it: exactly-once drafting rests on this key");
    }

    public static DoctorCheck TextAboveQuote(DraftReadBack draft, string text)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var ours = draft.Body.IndexOf(text, StringComparison.Ordinal);
        var quote = ours < 0 ? -1 : draft.Body.IndexOf("From:", ours + text.Length, StringComparison.OrdinalIgnoreCase);
        return (ours, quote) switch
        {
            (< 0, _) => new("text", false, "our text is not in the draft", "report it"),
            (_, < 0) => new("text", false, "our text is there, but the quoted original is gone", "report it: the contact would not see what the follow-up refers to"),
            _ => new("text", true, "ours above the quoted original"),
        };
    }

    public static DoctorCheck Category(DraftReadBack draft, string category)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.Categories.Contains(category, StringComparer.OrdinalIgnoreCase)
            ? new("category", true, $"\"{category}\" is on the draft")
            : new("category", false, $"\"{category}\" is missing", "report it");
    }

    public static DoctorCheck StillADraft(DraftReadBack draft, MailFolderKind folder)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.IsDraft && draft.Folder == folder
            ? new("still a draft", true, $"unsent, in {folder}, where the service leaves it")
            : new("still a draft", false, draft.IsDraft ? $"unsent but in {draft.Folder}, not {folder}" : "the draft is no longer a draft", "report it");
    }
}
