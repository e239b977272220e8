namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>A message in seed format (also the body of the admin delivery endpoint).</summary>
internal sealed class SeedMessage
{
    public string? Key { get; init; }
    public string? Folder { get; init; }
    public string? From { get; init; }
    public IReadOnlyList<string> To { get; init; } = [];
    public IReadOnlyList<string> Cc { get; init; } = [];
    public IReadOnlyList<string> Bcc { get; init; } = [];
    public IReadOnlyList<string> ReplyTo { get; init; } = [];
    public string? Subject { get; init; }
    public string? Body { get; init; }
    public string? BodyType { get; init; }
    public string? Sent { get; init; }
    public string? Received { get; init; }
    public string? Conversation { get; init; }
    public string? InReplyTo { get; init; }
    public string? InReplyToId { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public bool? IsRead { get; init; }
    public bool? IsDraft { get; init; }
    public string? Importance { get; init; }
    public string? FlagStatus { get; init; }
    public IReadOnlyDictionary<string, string> ExtendedProperties { get; init; } = new Dictionary<string, string>();

    /// <summary>A Microsoft Teams chat message as <c>/messages</c> returns it (a known issue of list-messages).</summary>
    public bool TeamsChat { get; init; }
}
