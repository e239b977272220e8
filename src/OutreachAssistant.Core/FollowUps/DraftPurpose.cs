namespace OutreachAssistant.Core.FollowUps;

/// <summary>What a suggested draft is for; each has its own template, count and key.</summary>
public enum DraftPurpose
{
    /// <summary>A gentle follow-up to an unanswered outreach.</summary>
    FollowUp,

    /// <summary>A short update to a contact who answered once and has heard nothing for months.</summary>
    KeepInTouch,
}
