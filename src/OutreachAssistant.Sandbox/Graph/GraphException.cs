namespace OutreachAssistant.Sandbox.Graph;

/// <summary>Thrown by handlers to answer with a Graph error body.</summary>
internal sealed class GraphException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public static GraphException BadRequest(string message, string code = "BadRequest") => new(400, code, message);

    public static GraphException ItemNotFound() =>
        new(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    public static GraphException SyncStateNotFound() =>
        new(410, "SyncStateNotFound", "The sync state generation is not found; the skip or delta token is unknown or expired.");
}
