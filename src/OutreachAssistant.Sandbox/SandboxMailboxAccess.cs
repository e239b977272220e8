namespace OutreachAssistant.Sandbox;

/// <summary>
/// A mailbox the sandbox serves and the tokens that reach it as <c>/me</c>: its own seed <c>accessToken</c>, if any,
/// and for the first (default) mailbox also the sandbox's <see cref="SandboxServer.AccessToken"/>.
/// </summary>
public sealed record SandboxMailboxAccess(string Id, string Address, bool IsDefault, string? OwnAccessToken);
