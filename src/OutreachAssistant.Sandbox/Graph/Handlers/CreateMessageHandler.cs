using System.Globalization;
using OutreachAssistant.Sandbox.Graph.Query;
using OutreachAssistant.Sandbox.Graph.Writes;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Handlers;

/// <summary>
/// <c>POST messages</c> (Drafts) and <c>POST mailFolders/{id}/messages</c>. A draft unless PidTagMessageFlags
/// (<c>Integer 0x0E07</c>) lacks the unsent bit 0x04; <c>SystemTime 0x0E06</c>/<c>0x0039</c> set received/sent times.
/// </summary>
internal static class CreateMessageHandler
{
    private const int UnsentFlag = 0x04;
    private const int ReadFlag = 0x01;

    public static async Task CreateAsync(GraphRequest r, MailFolder? folder)
    {
        var body = await r.ReadBodyAsync() ?? [];
        var now = r.Now;
        var message = new StoredMessage
        {
            Id = SandboxIds.NewMessageId(),
            FolderId = (folder ?? r.Folder(WellKnownFolders.Drafts)).Id,
            CreatedDateTime = now,
            ReceivedDateTime = now,
            SentDateTime = now,
            IsDraft = true,
            IsRead = true,
            From = r.Mailbox.Owner,
            Sender = r.Mailbox.Owner,
            ConversationId = SandboxIds.NewConversationId(),
        };
        if (!r.Behaviour.KeepsExtendedProperties)
        {
            ExtendedPropertyWrites.Strip(body);
        }

        MessageUpdater.Apply(message, body, creating: true);
        ApplyMapiProperties(message);
        message.ConversationIndex = SandboxIds.RootConversationIndex(message.ConversationId, message.SentDateTime);
        if (message.InternetMessageId.Length == 0)
        {
            message.InternetMessageId = SandboxIds.NewInternetMessageId(message.From?.Address ?? r.Mailbox.Address);
        }

        r.Store.Messages.Save(r.Mailbox.Id, message, now);
        await MessageItemHandler.WriteEntityAsync(r, 201, message, MessageView.From(r));
    }

    private static void ApplyMapiProperties(StoredMessage message)
    {
        foreach (var property in message.ExtendedProperties)
        {
            if (ExtendedPropertyId.IsTag(property.Id, "0x0E07"))
            {
                var flags = int.TryParse(property.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : throw GraphException.BadRequest($"Integer 0x0E07 needs an integer value, not '{property.Value}'.");
                message.IsDraft = (flags & UnsentFlag) != 0;
                message.IsRead = (flags & ReadFlag) != 0;
            }
            else if (ExtendedPropertyId.IsTag(property.Id, "0x0E06"))
            {
                message.ReceivedDateTime = ODataLiteral.ParseDateTime(property.Value);
            }
            else if (ExtendedPropertyId.IsTag(property.Id, "0x0039"))
            {
                message.SentDateTime = ODataLiteral.ParseDateTime(property.Value);
            }
        }
    }
}
