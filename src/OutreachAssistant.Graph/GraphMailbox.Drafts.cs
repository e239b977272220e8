using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReply;
using Microsoft.Graph.Users.Item.Messages.Item.Move;
using OutreachAssistant.Graph.Errors;

namespace OutreachAssistant.Graph;

/// <summary>The mailbox's writes: reply drafts made, written, found again and moved; categories; the Inbox note.</summary>
public sealed partial class GraphMailbox
{
    /// <summary>Every message carrying our key (a draft, or the copy the user moved or deleted), with its state.</summary>
    public async Task<IReadOnlyList<DraftState>> FindDraftStatesAsync(string draftKey, CancellationToken cancellationToken)
    {
        var page = await User.Messages.GetAsync(
            rc =>
            {
                rc.QueryParameters.Filter = DraftProperty.Filter(draftKey);
                rc.QueryParameters.Select = ["id", "parentFolderId", "isDraft", "categories"];
                rc.Options.Add(lane);
            },
            cancellationToken);
        return [.. (page?.Value ?? []).Where(m => m.Id is not null)
            .Select(m => new DraftState(m.Id!, FolderOf(m.ParentFolderId), m.IsDraft ?? false, m.Categories ?? []))];
    }

    /// <summary>Deletes a message (Graph moves it to Deleted Items).</summary>
    public async Task DeleteAsync(string messageId, CancellationToken cancellationToken)
    {
        RefuseIfReadOnly("delete a message");
        await User.Messages[messageId].DeleteAsync(rc => rc.Options.Add(lane), cancellationToken);
    }

    /// <summary>
    /// Creates a reply draft (Graph puts the quoted original in it), tells <paramref name="made"/> its id before
    /// anything else, then writes it. Our key rides on <c>createReply</c> too, but Graph does not promise to
    /// keep it there; the write sets it in the documented way (PATCH), with the recipients, our text above the
    /// quote and the category. Graph is reported to leave the original out when the text comes as the reply's
    /// body, so the text goes in the second step.
    /// </summary>
    public async Task<DraftLocation> CreateReplyDraftAsync(NewReplyDraft draft, Func<string, Task> made, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(made);
        RefuseIfReadOnly("create a reply draft");
        var body = new CreateReplyPostRequestBody
        {
            Message = new Message
            {
                SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = DraftProperty.Id, Value = draft.DraftKey }],
            },
        };
        var created = await User.Messages[draft.ReplyToMessageId].CreateReply.PostAsync(
            body,
            rc =>
            {
                rc.Options.Add(lane);

                // Without it the quoted original's time is UTC: "If the header is not specified, by default UTC timezone is followed."
                if (replyZone is not null)
                {
                    rc.Headers.Add("Prefer", $"outlook.timezone=\"{replyZone}\"");
                }
            },
            cancellationToken);
        var location = new DraftLocation(created?.Id ?? throw new MalformedMessageException("createReply returned no id"), FolderOf(created.ParentFolderId));
        await made(location.MessageId);
        await WriteReplyDraftAsync(location.MessageId, draft, cancellationToken);
        return location;
    }

    /// <summary>A draft read back whole, in its own body format, to check what was written.</summary>
    public async Task<DraftReadBack> ReadDraftAsync(string messageId, CancellationToken cancellationToken)
    {
        var message = await User.Messages[messageId].GetAsync(
            rc =>
            {
                rc.QueryParameters.Select = ["id", "parentFolderId", "isDraft", "toRecipients", "ccRecipients", "body", "categories"];
                rc.Options.Add(lane);
            },
            cancellationToken) ?? throw new MalformedMessageException("a draft read back was empty");
        static List<string> Addresses(List<Recipient>? recipients) =>
            [.. (recipients ?? []).Select(r => r.EmailAddress?.Address).OfType<string>()];
        return new DraftReadBack(
            message.Id ?? messageId,
            FolderOf(message.ParentFolderId),
            message.IsDraft ?? false,
            Addresses(message.ToRecipients),
            Addresses(message.CcRecipients),
            message.Body?.Content ?? string.Empty,
            message.Categories ?? [],
            message.Body?.ContentType == BodyType.Html);
    }

    /// <summary>
    /// Reply drafts in a conversation made since a moment and never written (no key of ours): what a run that
    /// stopped between <c>createReply</c> and noting the draft's id left behind. Oldest first.
    /// </summary>
    public async Task<IReadOnlyList<DraftState>> FindUnwrittenDraftsAsync(string conversationId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var page = await User.Messages.GetAsync(
            rc =>
            {
                rc.QueryParameters.Filter = $"conversationId eq '{DraftProperty.Escape(conversationId)}' and isDraft eq true and createdDateTime ge {since.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
                rc.QueryParameters.Select = ["id", "parentFolderId", "isDraft", "categories", "createdDateTime"];
                rc.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{DraftProperty.Id}')"];
                rc.Options.Add(lane);
            },
            cancellationToken);
        return [.. (page?.Value ?? [])
            .Where(m => m.Id is not null && (m.SingleValueExtendedProperties ?? []).Count == 0 && (m.Categories ?? []).Count == 0)
            .OrderBy(m => m.CreatedDateTime)
            .Select(m => new DraftState(m.Id!, FolderOf(m.ParentFolderId), true, []))];
    }

    /// <summary>A message's draft state by id; null when there is no such message (any more).</summary>
    public async Task<DraftState?> GetDraftStateAsync(string messageId, CancellationToken cancellationToken)
    {
        try
        {
            var message = await User.Messages[messageId].GetAsync(
                rc =>
                {
                    rc.QueryParameters.Select = ["id", "parentFolderId", "isDraft", "categories"];
                    rc.Options.Add(lane);
                },
                cancellationToken);
            return message?.Id is { } id ? new DraftState(id, FolderOf(message.ParentFolderId), message.IsDraft ?? false, message.Categories ?? []) : null;
        }
        catch (GraphFailureException failure) when (failure.Kind == GraphFailureKind.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes a reply draft created but not yet written: our key (the documented way, by PATCH), the recipients
    /// we choose, our text above the prepared quote, and our category, which marks it written.
    /// </summary>
    public async Task WriteReplyDraftAsync(string draftId, NewReplyDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        RefuseIfReadOnly("write a reply draft");

        // Read in the draft's own format, so an HTML reply stays HTML.
        var prepared = await User.Messages[draftId].GetAsync(
            rc =>
            {
                rc.QueryParameters.Select = ["body"];
                rc.Options.Add(lane);
            },
            cancellationToken);
        var isHtml = prepared?.Body?.ContentType == BodyType.Html;
        var text = ReplyBody.Prepend(draft.BodyText, isHtml, prepared?.Body?.Content);
        await User.Messages[draftId].PatchAsync(
            new Message
            {
                Body = new ItemBody { ContentType = isHtml ? BodyType.Html : BodyType.Text, Content = text },
                Categories = [draft.Category],
                ToRecipients = [.. draft.To.Select(a => new Recipient { EmailAddress = new Microsoft.Graph.Models.EmailAddress { Address = a.Address, Name = a.Name } })],
                CcRecipients = [],
                BccRecipients = [],
                SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = DraftProperty.Id, Value = draft.DraftKey }],
            },
            rc => rc.Options.Add(lane),
            cancellationToken);
    }

    /// <summary>
    /// Puts a note into the Inbox as an unread received message, from the user to the user, never sent anywhere.
    /// Created in the folder with PidTagMessageFlags 0 (neither read nor unsent: not a draft, which can only be set
    /// when an item is created), with our key, so a crash between creating and recording it finds it again.
    /// </summary>
    /// <returns>The note's message id.</returns>
    public async Task<string> CreateInboxNoteAsync(InboxNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        RefuseIfReadOnly("put a note in the Inbox");
        var owner = new Recipient { EmailAddress = new Microsoft.Graph.Models.EmailAddress { Address = Profile.Owner.Address.Address, Name = note.SenderName } };
        var created = await User.MailFolders["inbox"].Messages.PostAsync(
            new Message
            {
                Subject = note.Subject,
                Body = new ItemBody { ContentType = BodyType.Text, Content = note.BodyText },
                From = owner,
                ToRecipients = [new Recipient { EmailAddress = new Microsoft.Graph.Models.EmailAddress { Address = Profile.Owner.Address.Address, Name = Profile.Owner.Address.Name } }],
                SingleValueExtendedProperties =
                [
                    new SingleValueLegacyExtendedProperty { Id = DraftProperty.Id, Value = note.Key },
                    new SingleValueLegacyExtendedProperty { Id = MessageFlagsProperty, Value = "0" },
                ],
            },
            rc => rc.Options.Add(lane),
            cancellationToken);
        return created?.Id ?? throw new MalformedMessageException("creating a message returned no id");
    }

    /// <summary>Sets a message's Outlook categories; allowed on sent messages too.</summary>
    public async Task SetCategoriesAsync(string messageId, IReadOnlyList<string> categories, CancellationToken cancellationToken)
    {
        RefuseIfReadOnly("set a message's categories");
        await User.Messages[messageId].PatchAsync(new Message { Categories = [.. categories] }, rc => rc.Options.Add(lane), cancellationToken);
    }

    /// <summary>Moves a message; Graph gives it a new id in its new folder.</summary>
    public async Task<DraftLocation> MoveAsync(string messageId, string destination, CancellationToken cancellationToken)
    {
        RefuseIfReadOnly("move a message");
        var moved = await User.Messages[messageId].Move.PostAsync(new MovePostRequestBody { DestinationId = destination }, rc => rc.Options.Add(lane), cancellationToken);
        return new DraftLocation(moved?.Id ?? throw new MalformedMessageException("move returned no id"), FolderOf(moved.ParentFolderId));
    }
}
