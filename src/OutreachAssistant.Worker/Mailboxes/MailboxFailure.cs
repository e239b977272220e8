using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Polly.CircuitBreaker;

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
            AuthenticationRequiredException or CredentialUnavailableException or AuthenticationFailedException =>
                new(NeedsSignIn, "sign-in is needed: run `outreach login`"),
            ODataError { ResponseStatusCode: 401 } =>
                new(NeedsSignIn, "Graph refused the token (401): run `outreach login`"),
            ODataError { ResponseStatusCode: 403 } error =>
                new(Failing, $"access denied ({error.Error?.Code}): check the app's permissions and access policy"),
            ODataError error => new(Failing, $"Graph answered {error.ResponseStatusCode} {error.Error?.Code}"),
            BrokenCircuitException => new(Failing, "paused after repeated failures; it is tried again later"),
            AggregateException aggregate when aggregate.InnerException is not null => Classify(aggregate.InnerException),
            HttpRequestException http => new(Failing, $"Graph could not be reached ({http.HttpRequestError})"),
            Polly.Timeout.TimeoutRejectedException => new(Failing, "Graph did not answer in time"),

            // HttpClient's own timeout (Graph:Resilience:RequestTimeout) cancels with a TimeoutException inside.
            TaskCanceledException { InnerException: TimeoutException } => new(Failing, "Graph did not answer within Graph:Resilience:RequestTimeout"),
            Microsoft.Kiota.Abstractions.ApiException api => new(Failing, $"Graph answered {api.ResponseStatusCode}"),
            System.Text.Json.JsonException => new(Failing, "Graph sent a body that is not valid JSON"),
            OutreachAssistant.Graph.MalformedMessageException malformed => new(Failing, malformed.Message),

            // A dry run's mailbox refused a write its callers should have left out: the mailbox is not served, and nothing was written.
            OutreachAssistant.Graph.MailboxReadOnlyException refused => new(Failing, refused.Message),
            _ => null,
        };
    }
}
