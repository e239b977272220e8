using System.Globalization;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>
/// Puts a seed message into its thread: conversationId from the <c>conversation</c> key (or the parent's),
/// In-Reply-To/References from the parent (<c>inReplyTo</c> key, <c>inReplyToId</c>, or the latest earlier
/// message of the conversation), and the RFC 5322 headers Graph returns with <c>$select=internetMessageHeaders</c>.
/// </summary>
internal static class SeedThreading
{
    public static void Apply(StoredMessage message, SeedMessage seed, SeedScope scope)
    {
        var parent = Parent(message, seed, scope);
        message.ConversationId = seed.Conversation is { } conversation
            ? SandboxIds.ConversationId(scope.Mailbox.Id, conversation)
            : parent?.ConversationId ?? SandboxIds.ConversationId(scope.Mailbox.Id, "message:" + (seed.Key ?? message.Id));
        if (parent is null && seed.Conversation is not null)
        {
            parent = scope.Known
                .Where(m => m.ConversationId == message.ConversationId && !m.IsDraft && m.SentDateTime <= message.SentDateTime)
                .MaxBy(m => m.SentDateTime);
        }

        message.ConversationIndex = parent is null || parent.ConversationId != message.ConversationId
            ? SandboxIds.RootConversationIndex(message.ConversationId, message.SentDateTime)
            : SandboxIds.ChildConversationIndex(parent.ConversationIndex, message.SentDateTime);
        if (!message.IsDraft)
        {
            message.Headers = Headers(message, parent, seed);
        }
    }

    private static StoredMessage? Parent(StoredMessage message, SeedMessage seed, SeedScope scope)
    {
        if (seed.InReplyTo is { } key)
        {
            return scope.Known.LastOrDefault(m => m.SeedKey == key && m.Id != message.Id)
                ?? throw scope.Error(seed.Key, "inReplyTo", $"names '{key}', which is not an earlier message key.");
        }

        if (seed.InReplyToId is { } id)
        {
            return scope.Known.FirstOrDefault(m => m.Id == id)
                ?? throw scope.Error(seed.Key, "inReplyToId", $"'{id}' is not a message of this mailbox.");
        }

        return null;
    }

    private static List<InternetHeader> Headers(StoredMessage message, StoredMessage? parent, SeedMessage seed)
    {
        var headers = new List<InternetHeader>
        {
            new("Date", message.SentDateTime.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture)),
            new("From", message.From?.ToString() ?? ""),
            new("To", string.Join(", ", message.ToRecipients)),
        };
        if (message.CcRecipients.Count > 0)
        {
            headers.Add(new("Cc", string.Join(", ", message.CcRecipients)));
        }

        headers.Add(new("Subject", message.Subject));
        headers.Add(new("Message-ID", message.InternetMessageId));
        if (parent is not null)
        {
            var references = parent.Headers.FirstOrDefault(h => h.Name.Equals("References", StringComparison.OrdinalIgnoreCase))?.Value;
            headers.Add(new("In-Reply-To", parent.InternetMessageId));
            headers.Add(new("References", references is null ? parent.InternetMessageId : $"{references} {parent.InternetMessageId}"));
        }

        headers.Add(new("MIME-Version", "1.0"));
        headers.Add(new("Content-Type", message.Body.IsHtml ? "text/html; charset=\"utf-8\"" : "text/plain; charset=\"utf-8\""));
        headers.AddRange(seed.Headers.Select(h => new InternetHeader(h.Key, h.Value)));
        return headers;
    }
}
