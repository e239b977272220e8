namespace OutreachAssistant.Core.Drafting;

/// <summary>The text of a follow-up draft, written above the quoted original.</summary>
public sealed record FollowUpDraft(string BodyText);
