namespace OutreachAssistant.Sandbox;

/// <summary>Settings of a <see cref="SandboxServer"/>.</summary>
public sealed class SandboxOptions
{
    /// <summary>The SQLite file holding all mailboxes; created when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>
    /// Folder of <c>*.json</c> seed files (one per mailbox), applied only when the database has no mailboxes yet.
    /// <value>Default null: the embedded demo mailbox (seeds/demo-mailbox).</value>
    /// </summary>
    public string? SeedDirectory { get; init; }

    /// <summary>Listen URL. <value>Default <c>http://127.0.0.1:0</c>; port 0 picks a free port.</value></summary>
    public string Url { get; init; } = "http://127.0.0.1:0";

    /// <summary>The sandbox clock: message times, relative seed times. <value>Default the system clock.</value></summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Bearer token required on <c>/v1.0</c>; it maps <c>/me</c> to the first (default) mailbox.
    /// <value>Default <c>sandbox-token</c>.</value>
    /// </summary>
    public string AccessToken { get; init; } = "sandbox-token";

    /// <summary>Which of Graph's open behaviours the sandbox plays. <value>Default: the strict reading of the docs.</value></summary>
    public SandboxBehaviour Behaviour { get; init; } = new();
}
