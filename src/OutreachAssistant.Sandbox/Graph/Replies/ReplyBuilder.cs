using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Graph.Replies;

/// <summary>Builds the draft that createReply/createReplyAll put in Drafts, addressed the way Outlook does.</summary>
internal static class ReplyBuilder
{
    public static StoredMessage Create(StoredMessage original, Mailbox mailbox, string draftsFolderId, bool replyAll, OwnReplyAddressing ownReplies, DateTimeOffset now)
    {
        var (to, cc) = Recipients(original, mailbox.Address, replyAll, ownReplies);
        return new StoredMessage
        {
            Id = SandboxIds.NewMessageId(),
            FolderId = draftsFolderId,
            CreatedDateTime = now,
            ReceivedDateTime = now,
            SentDateTime = now,
            InternetMessageId = SandboxIds.NewInternetMessageId(mailbox.Address),
            Subject = original.Subject.StartsWith("RE:", StringComparison.OrdinalIgnoreCase) ? original.Subject : $"RE: {original.Subject}",
            ConversationId = original.ConversationId,
            ConversationIndex = SandboxIds.ChildConversationIndex(original.ConversationIndex, now),
            IsDraft = true,
            IsRead = true,
            From = mailbox.Owner,
            Sender = mailbox.Owner,
            ToRecipients = to,
            CcRecipients = cc,
        };
    }

    /// <summary>
    /// A reply goes to replyTo, else to the sender: for a message the owner sent, to the owner, as documented,
    /// or (switched) to its original recipients, as Outlook's Reply button does. Reply-all adds the other
    /// recipients, never the owner.
    /// </summary>
    private static (List<EmailAddress> To, List<EmailAddress> Cc) Recipients(StoredMessage original, string owner, bool replyAll, OwnReplyAddressing ownReplies)
    {
        var sentByOwner = original.From?.IsSameAddress(owner) == true;
        var toOriginalRecipients = sentByOwner && ownReplies == OwnReplyAddressing.OriginalRecipients;
        var to = toOriginalRecipients
            ? [.. original.ToRecipients]
            : original.ReplyTo.Count > 0
                ? [.. original.ReplyTo]
                : new List<EmailAddress> { original.From ?? original.Sender ?? new EmailAddress(owner, owner) };
        var cc = new List<EmailAddress>();
        if (replyAll)
        {
            to.AddRange(toOriginalRecipients ? [] : original.ToRecipients);
            cc.AddRange(original.CcRecipients);
        }

        to = Distinct(to.Where(a => !a.IsSameAddress(owner) || sentByOwner));
        cc = Distinct(cc.Where(a => !a.IsSameAddress(owner) && !to.Exists(t => t.IsSameAddress(a.Address))));
        return (to, cc);
    }

    private static List<EmailAddress> Distinct(IEnumerable<EmailAddress> addresses) =>
        [.. addresses.DistinctBy(a => a.Address.ToUpperInvariant())];
}
