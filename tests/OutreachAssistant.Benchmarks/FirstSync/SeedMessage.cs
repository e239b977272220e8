using System.Text.Json.Serialization;

namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>One message of the seed file, in the sandbox's seed format (docs/sandbox.md, "Seed format"); nulls are left out.</summary>
internal sealed class SeedMessage
{
    public required string Key { get; init; }

    public required string Folder { get; init; }

    public required string From { get; init; }

    public required IReadOnlyList<string> To { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    /// <summary>When it was sent; the file gets it as <see cref="Sent"/>. (Not <c>required</c>: System.Text.Json refuses an ignored required property.)</summary>
    [JsonIgnore]
    public SeedTime At { get; init; }

    public string Sent => At.ToString();

    public string? Conversation { get; init; }

    public string? InReplyTo { get; init; }

    public bool? IsRead { get; init; }

    public IReadOnlyList<string>? Categories { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
