using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Worker.DryRun;

/// <summary>A draft a dry run would make: in which mailbox and thread, to whom, on which outreach, which one, and the plan's reason.</summary>
public sealed record PlannedDraft(string MailboxId, string ThreadId, IReadOnlyList<EmailAddress> To, string Subject, DraftSlot Slot, string Reason);
