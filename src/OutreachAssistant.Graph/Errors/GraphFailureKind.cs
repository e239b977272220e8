namespace OutreachAssistant.Graph.Errors;

/// <summary>What kind of failure a Graph request met, whichever library raised it.</summary>
public enum GraphFailureKind
{
    /// <summary>No token could be had, or Graph refused it (401): the user must sign in again.</summary>
    SignInNeeded,

    /// <summary>Graph answered 403: a permission or an access policy is missing.</summary>
    AccessDenied,

    /// <summary>Graph answered 404: the item is not there (any more).</summary>
    NotFound,

    /// <summary>A delta link Graph no longer knows (410, <c>SyncStateNotFound</c>, <c>resyncRequired</c>).</summary>
    SyncStateLost,

    /// <summary>Any other error answer, after our retries.</summary>
    Refused,

    /// <summary>The circuit breaker holds the mailbox's requests after repeated failures.</summary>
    Paused,

    /// <summary>Graph could not be reached.</summary>
    Unreachable,

    /// <summary>Graph did not answer in time.</summary>
    TimedOut,

    /// <summary>Graph answered with a body that is not what its documentation says.</summary>
    Malformed,
}
