using OutreachAssistant.Graph;
using OutreachAssistant.Graph.Errors;
using OutreachAssistant.Graph.Resilience;

namespace OutreachAssistant.Worker.Mailboxes;

/// <summary>What went wrong with one mailbox, in a status and a sentence; never an address or a subject.</summary>
public sealed record MailboxFailure(string Status, string Detail)
{
    public const string Ok = "ok";
    public const string NeedsSignIn = "needs-sign-in";
    public const string Failing = "failing";

    /// <summary>Names a failure of the mailbox or of Graph; anything else (a bug, a full disk) is not ours to swallow.</summary>
    public static MailboxFailure? Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            MalformedMessageException malformed => new(Failing, malformed.Message),

            // A dry run's mailbox refused a write its callers should have left out: the mailbox is not served, and nothing was written.
            MailboxReadOnlyException refused => new(Failing, refused.Message),

            // The adapter names every request's failure; a credential built outside a request is named the same way.
            _ => GraphFailures.Translate(exception) is { } failure ? Of(failure) : null,
        };
    }

    private static MailboxFailure Of(GraphFailureException failure) => failure.Kind switch
    {
        GraphFailureKind.SignInNeeded when failure.StatusCode == 401 => new(NeedsSignIn, "Graph refused the token (401): run `outreach login`"),
        GraphFailureKind.SignInNeeded => new(NeedsSignIn, "sign-in is needed: run `outreach login`"),
        GraphFailureKind.AccessDenied => new(Failing, $"access denied ({failure.Code}): check the app's permissions and access policy"),
        GraphFailureKind.Paused => new(Failing, "paused after repeated failures; it is tried again later"),
        GraphFailureKind.TimedOut when failure.InnerException is TaskCanceledException => new(Failing, $"Graph did not answer within {GraphResilienceOptions.SectionName}:{nameof(GraphResilienceOptions.RequestTimeout)}"),
        _ => new(Failing, failure.Message),
    };
}
