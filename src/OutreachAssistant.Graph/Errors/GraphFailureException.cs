namespace OutreachAssistant.Graph.Errors;

/// <summary>
/// Every failure of a Graph request, as the mailbox adapter hands it on: Graph's own error answers, Kiota's,
/// Azure.Identity's sign-in failures and our resilience layer's refusals, each named by its kind, so nothing
/// past the adapter matches on another library's types.
/// </summary>
public sealed class GraphFailureException : Exception
{
    public GraphFailureException()
    {
    }

    public GraphFailureException(string message)
        : base(message)
    {
    }

    public GraphFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphFailureException(GraphFailureKind kind, string message, Exception innerException, int? statusCode = null, string? code = null)
        : base(message, innerException)
    {
        (Kind, StatusCode, Code) = (kind, statusCode, code);
    }

    public GraphFailureKind Kind { get; } = GraphFailureKind.Refused;

    /// <summary>The HTTP status Graph answered with, when it answered.</summary>
    public int? StatusCode { get; }

    /// <summary>Graph's error code (e.g. <c>ErrorAccessDenied</c>), when it sent one.</summary>
    public string? Code { get; }
}
