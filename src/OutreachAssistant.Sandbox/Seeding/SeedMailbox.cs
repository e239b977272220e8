using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>One seed file: a mailbox, its settings and its messages.</summary>
internal sealed class SeedMailbox
{
    public string? Id { get; init; }
    public string? Address { get; init; }
    public string? DisplayName { get; init; }
    public string? AccessToken { get; init; }

    /// <summary>The permissions <see cref="AccessToken"/> carries, e.g. <c>Mail.ReadWrite</c>; absent, every one.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary><c>work</c> (the default) or <c>personal</c> (an outlook.com account).</summary>
    public string? Account { get; init; }
    public string? TimeZone { get; init; }
    public string? Language { get; init; }
    public JsonObject? AutomaticReplies { get; init; }
    public SeedWorkingHours? WorkingHours { get; init; }
    public IReadOnlyList<SeedMessage> Messages { get; init; } = [];
}
