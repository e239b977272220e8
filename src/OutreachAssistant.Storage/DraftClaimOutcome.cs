namespace OutreachAssistant.Storage;

/// <summary>What became of an attempt to claim a draft key before the draft is made.</summary>
public enum DraftClaimOutcome
{
    /// <summary>The key is the caller's: no other writer will make this draft.</summary>
    Claimed,

    /// <summary>The key was held by a writer that is gone (a crash), and is the caller's now.</summary>
    TakenOver,

    /// <summary>The draft is already recorded: nothing to make.</summary>
    AlreadyRecorded,

    /// <summary>Another live writer holds the key: it makes the draft, not the caller.</summary>
    HeldByAnother,
}
