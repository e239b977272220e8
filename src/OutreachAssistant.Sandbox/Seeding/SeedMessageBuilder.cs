using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>Validates a seed message and turns it into a stored message threaded into its conversation.</summary>
internal static class SeedMessageBuilder
{
    public static StoredMessage Build(SeedMessage seed, SeedScope scope, string defaultFolder, string? defaultSent = null)
    {
        var key = seed.Key;
        var from = AddressParser.TryParse(seed.From) ?? throw scope.Error(key, "from", $"must be 'Name <address>' or an address, not '{seed.From}'.");
        var sentByOwner = from.IsSameAddress(scope.Mailbox.Address);
        var folderName = seed.Folder ?? (seed.TeamsChat ? TeamsChat.Folder : null) ?? (sentByOwner ? (seed.IsDraft == true ? WellKnownFolders.Drafts : WellKnownFolders.SentItems) : defaultFolder);
        var folder = scope.Folders.FirstOrDefault(f => f.WellKnownName.Equals(folderName, StringComparison.OrdinalIgnoreCase))
            ?? throw scope.Error(key, "folder", $"'{folderName}' is not one of {string.Join(", ", WellKnownFolders.All.Select(f => f.Name))}.");
        var sent = Time(seed.Sent ?? defaultSent ?? throw scope.Error(key, "sent", "is required."), "sent", key, scope);
        var received = seed.Received is null ? sent : Time(seed.Received, "received", key, scope);
        var bodyType = (seed.BodyType ?? "text").ToLowerInvariant();
        if (bodyType is not ("text" or "html"))
        {
            throw scope.Error(key, "bodyType", $"must be 'text' or 'html', not '{seed.BodyType}'.");
        }

        var message = new StoredMessage
        {
            Id = SandboxIds.NewMessageId(),
            SeedKey = key,
            FolderId = folder.Id,
            CreatedDateTime = received,
            ReceivedDateTime = received,
            SentDateTime = sent,
            Subject = SeedTemplate.Expand(seed.Subject ?? (seed.TeamsChat ? TeamsChat.Subject : null) ?? throw scope.Error(key, "subject", "is required."), "subject", key, scope),
            // Outlook stores text bodies with CRLF line endings.
            Body = new MessageBody(bodyType, SeedTemplate.Expand(seed.Body ?? throw scope.Error(key, "body", "is required."), "body", key, scope).ReplaceLineEndings("\r\n")),
            From = from,
            Sender = from,
            ToRecipients = Addresses(seed.To, "to", key, scope),
            CcRecipients = Addresses(seed.Cc, "cc", key, scope),
            BccRecipients = Addresses(seed.Bcc, "bcc", key, scope),
            ReplyTo = Addresses(seed.ReplyTo, "replyTo", key, scope),
            Categories = [.. seed.Categories],
            IsDraft = seed.IsDraft ?? folder.WellKnownName == WellKnownFolders.Drafts,
            IsRead = seed.IsRead ?? sentByOwner,
            Importance = Choice(seed.Importance, "importance", ["low", "normal", "high"], key, scope) ?? "normal",
            InternetMessageId = SandboxIds.NewInternetMessageId(from.Address),
        };
        message.Flag["flagStatus"] = Choice(seed.FlagStatus, "flagStatus", ["notFlagged", "flagged", "complete"], key, scope) ?? "notFlagged";
        foreach (var (id, value) in seed.ExtendedProperties)
        {
            message.SetExtendedProperty(id, value);
        }

        SeedThreading.Apply(message, seed, scope);
        if (seed.TeamsChat)
        {
            TeamsChat.Shape(message);
        }

        return message;
    }

    private static DateTimeOffset Time(string text, string field, string? key, SeedScope scope) =>
        RelativeTime.TryParse(text, scope.Now, scope.Zone)
        ?? throw scope.Error(key, field, $"'{text}' is not a time: use now, -16d, -3d4h, +2h, -90m, -16d@10:15 or an ISO 8601 timestamp.");

    private static List<EmailAddress> Addresses(IReadOnlyList<string> values, string field, string? key, SeedScope scope) =>
        [.. values.Select(v => AddressParser.TryParse(v) ?? throw scope.Error(key, field, $"has an invalid address '{v}'."))];

    private static string? Choice(string? value, string field, string[] allowed, string? key, SeedScope scope) =>
        value is null
            ? null
            : allowed.FirstOrDefault(a => a.Equals(value, StringComparison.OrdinalIgnoreCase))
              ?? throw scope.Error(key, field, $"must be one of {string.Join(", ", allowed)}, not '{value}'.");
}
