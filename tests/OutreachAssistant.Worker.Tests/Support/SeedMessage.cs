using System.Text.Json.Serialization;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>A message in the sandbox's seed format (see docs/sandbox.md), for seed files and the admin endpoint.</summary>
public sealed record SeedMessage
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Key { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Folder { get; init; }

    public required string From { get; init; }

    public IReadOnlyList<string> To { get; init; } = [];

    public required string Subject { get; init; }

    public string Body { get; init; } = "Hello.";

    /// <summary><c>text</c> (when null) or <c>html</c>.</summary>
    public string? BodyType { get; init; }

    public required string Sent { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Conversation { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InReplyTo { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InReplyToId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>A Microsoft Teams chat as <c>/messages</c> lists it, not mail.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool TeamsChat { get; init; }
}
