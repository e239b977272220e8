using System.Text.Json;

namespace OutreachAssistant.Sandbox.Graph.Delta;

/// <summary>
/// What a skip or delta token stands for: the folder, the initial query options, and the range of change
/// sequence numbers of this round. <see cref="FromSequence"/> is null in the initial round (a full listing).
/// The last-returned key makes paging stable while messages change underneath. <see cref="Returned"/> counts
/// the entries the round has returned so far, for the cap on initial rounds with a <c>$filter</c>.
/// </summary>
internal sealed record SyncState(
    string Kind,
    string FolderId,
    string? Select,
    string? Expand,
    string? Filter,
    int? Top,
    long? FromSequence,
    long UpToSequence,
    long? LastSequence = null,
    long? LastTicks = null,
    string? LastId = null,
    int Returned = 0)
{
    public const string SkipKind = "skip";
    public const string DeltaKind = "delta";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Options);

    public static SyncState? Deserialize(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<SyncState>(json, Options);
}
