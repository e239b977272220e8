namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>How an outreach thread went, which decides what the service does with it on a first sync.</summary>
internal enum OutreachOutcome
{
    /// <summary>Unanswered for 11–20 days: a follow-up is due now (FollowUps:FirstFollowUpAfter 10 days, TooLateAfter 14).</summary>
    Due,

    /// <summary>Unanswered for 1–8 days: waiting.</summary>
    NotYetDue,

    /// <summary>Unanswered for 35 days or more: past TooLateAfter, so moved on without a draft.</summary>
    Unanswered,

    /// <summary>The contact answered; sometimes she thanked them and they wrote once more.</summary>
    Answered,

    /// <summary>An automatic reply: long past and back from leave, or recent and away until a day ahead.</summary>
    AutoReplied,

    /// <summary>She followed up herself (FollowUps:MaxFollowUps 1 is used up); sometimes answered after that.</summary>
    OwnFollowUp,
}
