using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Query;

/// <summary>How to render messages: selected properties, body format, expanded extended properties, which ids.</summary>
internal sealed record MessageView(IReadOnlySet<string>? Select, string BodyContentType, IReadOnlyList<string>? ExpandedPropertyIds)
{
    /// <summary>Immutable ids (<c>Prefer: IdType="ImmutableId"</c>) rather than ids that change on a move.</summary>
    public bool ImmutableIds { get; init; }

    /// <summary>The Sent Items folder, whose messages carry no internet headers; null shows headers everywhere.</summary>
    public string? SentItemsFolderId { get; init; }

    public bool Includes(string property) =>
        Select?.Contains(property) ?? !MessageProperties.SelectOnly.Contains(property);

    public string IdOf(StoredMessage message) => ImmutableIds ? message.ImmutableId ?? message.Id : message.Id;

    public static MessageView From(GraphRequest request) =>
        new(
            MessageProperties.ParseSelect(request.Query("select")),
            request.Prefer.BodyContentType ?? "html",
            ExpandParser.Parse(request.Query("expand")))
        {
            ImmutableIds = request.Prefer.ImmutableIds,
            SentItemsFolderId = SandboxIds.FolderId(request.Mailbox.Id, WellKnownFolders.SentItems),
        };

    /// <summary>The view of a list or delta page: bodies in HTML unless the sandbox is switched to honour the preference.</summary>
    public static MessageView ForCollection(GraphRequest request, string? select, string? expand) =>
        From(request) with
        {
            Select = MessageProperties.ParseSelect(select),
            ExpandedPropertyIds = ExpandParser.Parse(expand),
            BodyContentType = request.Behaviour.CollectionBodies == CollectionBodies.AsPreferred ? request.Prefer.BodyContentType ?? "html" : "html",
        };
}
