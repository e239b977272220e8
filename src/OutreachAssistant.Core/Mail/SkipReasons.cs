namespace OutreachAssistant.Core.Mail;

/// <summary>
/// Why a message was skipped, as a short code for logs, the store and <c>outreach status</c>: never the
/// message's address or subject, which logs must not carry.
/// </summary>
public static class SkipReasons
{
    /// <summary>The message has no id.</summary>
    public const string MissingId = "missing-id";

    /// <summary>The message has no conversation id, so no thread can hold it.</summary>
    public const string MissingConversation = "missing-conversation";

    /// <summary>The message has neither a sent nor a received time.</summary>
    public const string MissingDate = "missing-date";

    /// <summary>A sent or received time before 1980 or more than a day after now.</summary>
    public const string DateOutOfRange = "date-out-of-range";

    /// <summary>A message that is not a draft names no sender.</summary>
    public const string MissingFrom = "missing-from";

    /// <summary>The sender's address is not a mailbox address (a display name, an X.500 path).</summary>
    public const string UnparsableAddress = "unparsable-address";

    /// <summary>Our own pure code refused the message (a backstop: it is a bug to fix, but never a crash loop).</summary>
    public const string ProcessingFailed = "processing-failed";
}
