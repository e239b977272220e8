using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>The draft a plan asks for: which one (purpose, number, key), the message it answers, and whom it is addressed to.</summary>
public sealed record DraftOrder(DraftSlot Slot, string ReplyToMessageId, IReadOnlyList<EmailAddress> To);
