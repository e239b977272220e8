namespace OutreachAssistant.Sandbox.Graph.Query;

/// <summary>The message properties the sandbox serves, in Graph's order.</summary>
internal static class MessageProperties
{
    public static IReadOnlyList<string> All { get; } =
    [
        "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "receivedDateTime", "sentDateTime",
        "hasAttachments", "internetMessageId", "subject", "bodyPreview", "importance", "parentFolderId",
        "conversationId", "conversationIndex", "isDeliveryReceiptRequested", "isReadReceiptRequested", "isRead",
        "isDraft", "webLink", "inferenceClassification", "body", "uniqueBody", "sender", "from", "toRecipients",
        "ccRecipients", "bccRecipients", "replyTo", "flag", "internetMessageHeaders",
    ];

    /// <summary>Returned only when named in <c>$select</c>.</summary>
    public static IReadOnlySet<string> SelectOnly { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "uniqueBody", "internetMessageHeaders" };

    /// <summary>Parses <c>$select</c>; null means the default set. Unknown names are a 400 like Graph.</summary>
    public static IReadOnlySet<string>? ParseSelect(string? select)
    {
        if (select is null)
        {
            return null;
        }

        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var known = All.FirstOrDefault(p => p.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw GraphException.BadRequest(
                    $"Could not find a property named '{name}' on type 'microsoft.graph.message'.", "RequestBroker--ParseUri");
            result.Add(known);
        }

        return result;
    }
}
