namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// The exceptions our own pure code throws on input it did not expect (a date at the calendar's end, a
/// number that overflows, text that does not parse). One message that causes one is skipped with a reason
/// and the rest of the mailbox goes on; Graph, storage and cancellation failures are none of these and
/// still stop the mailbox's work, as they must.
/// </summary>
internal static class OwnCodeFailure
{
    public static bool Is(Exception exception) => exception is ArgumentException or OverflowException or FormatException;
}
