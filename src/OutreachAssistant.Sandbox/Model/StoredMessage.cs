using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Model;

/// <summary>A message as the sandbox stores it (serialized to JSON in SQLite).</summary>
internal sealed class StoredMessage
{
    public string Id { get; set; } = "";

    /// <summary>The id the message was created with, kept through moves: what <c>IdType="ImmutableId"</c> shows.</summary>
    public string? ImmutableId { get; set; }
    public string FolderId { get; set; } = "";
    public long Sequence { get; set; }

    /// <summary>The change that put the message in its folder (created, moved or copied there); 0 if not known.</summary>
    public long ArrivedSequence { get; set; }

    /// <summary>For each Graph property changed since the message arrived in its folder, the change that last set it.</summary>
    public Dictionary<string, long> PropertySequences { get; set; } = new(StringComparer.Ordinal);
    public string? SeedKey { get; set; }
    public DateTimeOffset CreatedDateTime { get; set; }
    public DateTimeOffset LastModifiedDateTime { get; set; }
    public DateTimeOffset ReceivedDateTime { get; set; }
    public DateTimeOffset SentDateTime { get; set; }
    public string ChangeKey { get; set; } = "";
    public List<string> Categories { get; set; } = [];
    public bool HasAttachments { get; set; }
    public string InternetMessageId { get; set; } = "";
    public string Subject { get; set; } = "";
    public MessageBody Body { get; set; } = new("text", "");
    public MessageBody? UniqueBody { get; set; }
    public string Importance { get; set; } = "normal";
    public string ConversationId { get; set; } = "";
    public string ConversationIndex { get; set; } = "";
    public bool? IsDeliveryReceiptRequested { get; set; }
    public bool IsReadReceiptRequested { get; set; }
    public bool IsRead { get; set; }
    public bool IsDraft { get; set; }
    public string InferenceClassification { get; set; } = "focused";
    public EmailAddress? Sender { get; set; }
    public EmailAddress? From { get; set; }
    public List<EmailAddress> ToRecipients { get; set; } = [];
    public List<EmailAddress> CcRecipients { get; set; } = [];
    public List<EmailAddress> BccRecipients { get; set; } = [];
    public List<EmailAddress> ReplyTo { get; set; } = [];
    public JsonObject Flag { get; set; } = new() { ["flagStatus"] = "notFlagged" };
    public List<InternetHeader> Headers { get; set; } = [];
    public List<ExtendedProperty> ExtendedProperties { get; set; } = [];

    /// <summary>Whether a Graph property changed after the change <paramref name="since"/>.</summary>
    public bool ChangedAfter(string property, long since) =>
        PropertySequences.TryGetValue(property, out var sequence) ? sequence > since : ArrivedSequence > since;

    public void SetExtendedProperty(string id, string value)
    {
        ExtendedProperties.RemoveAll(p => ExtendedPropertyId.AreSame(p.Id, id));
        ExtendedProperties.Add(new ExtendedProperty(id, value));
    }

    /// <summary>A deep copy (used by copy and move, which give the message a new id).</summary>
    public StoredMessage Clone() => MessageJson.Deserialize(MessageJson.Serialize(this));
}
