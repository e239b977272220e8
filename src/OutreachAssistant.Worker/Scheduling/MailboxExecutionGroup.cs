namespace OutreachAssistant.Worker.Scheduling;

/// <summary>
/// The Quartz execution group of every trigger that works on a mailbox (its sync and its threads' wake-ups).
/// Quartz runs one job per group at a time, so a mailbox's work takes turns while different mailboxes run
/// side by side, up to the scheduler's threads.
/// </summary>
public static class MailboxExecutionGroup
{
    public const string Prefix = "mailbox:";

    /// <summary>How many jobs of one mailbox run at once.</summary>
    public const int Limit = 1;

    /// <remarks>Mailbox ids are letters, digits, '-' and '_' (checked at start), so no brace reads as a placeholder.</remarks>
    public static string For(string mailboxId) => Prefix + mailboxId;
}
