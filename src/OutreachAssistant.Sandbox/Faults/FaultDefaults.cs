namespace OutreachAssistant.Sandbox.Faults;

/// <summary>Graph's codes and messages for the statuses a chaos test injects.</summary>
internal static class FaultDefaults
{
    public static string Code(int status) => status switch
    {
        401 => "InvalidAuthenticationToken",
        403 => "ErrorAccessDenied",
        404 => "ErrorItemNotFound",
        410 => "SyncStateNotFound",
        429 => "ApplicationThrottled",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => "generalException",
    };

    public static string Message(string code) => code switch
    {
        "InvalidAuthenticationToken" => "Access token has expired or is not yet valid.",
        "ErrorAccessDenied" => "Access is denied. Check credentials and try again.",
        "ErrorItemNotFound" => "The specified object was not found in the store.",
        "SyncStateNotFound" => "The sync state generation is not found; the skip or delta token is unknown or expired.",
        "ApplicationThrottled" => "Application is over its MailboxConcurrency limit.",
        "TooManyRequests" => "Too many requests.",
        "ServiceUnavailable" => "The service is temporarily unavailable.",
        "GatewayTimeout" => "The gateway timed out.",
        _ => "Injected fault.",
    };
}
