using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Storage;

/// <summary>
/// What SQL pages and filters on, copied out of a message's JSON document into columns (and into the
/// <c>message_extended_properties</c> table) on every save, so a page reads and deserializes only its own rows.
/// </summary>
internal sealed record MessageColumns(
    long ReceivedTicks,
    string? ConversationId,
    string? FromAddress,
    IReadOnlyList<(string PropertyKey, string? ValueKey)> ExtendedProperties)
{
    public static MessageColumns Of(StoredMessage message) => new(
        message.ReceivedDateTime.UtcTicks,
        message.ConversationId,
        CaselessKey(message.From?.Address),
        [.. message.ExtendedProperties.Select(p => (ExtendedPropertyId.Key(p.Id), CaselessKey(p.Value)))]);

    /// <summary>Addresses and extended property values match ignoring case: stored upper-cased, as ordinal ignore-case compares.</summary>
    public static string? CaselessKey(string? value) => value?.ToUpperInvariant();
}
