using System.Runtime.CompilerServices;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item;
using Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReply;
using Microsoft.Graph.Users.Item.Messages.Item.Move;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph.Clock;
using OutreachAssistant.Graph.Errors;
using OutreachAssistant.Graph.Resilience;
using EmailAddress = OutreachAssistant.Core.Mail.EmailAddress;

namespace OutreachAssistant.Graph;

/// <summary>
/// The mailbox over Microsoft Graph: the only mailbox implementation there is, used alike against
/// Outlook and the sandbox. Everything goes through <c>/users/{id}</c>, which for a signed-in user is
/// their own mailbox, so delegated and app-only access share one code path. Opened read-only (a dry run),
/// it reads as ever and refuses every write before it reaches the wire.
/// </summary>
/// <param name="client">The Graph client, over Outlook or the sandbox.</param>
/// <param name="user"><c>me</c>, or the user id or address of a mailbox reached with app-only access.</param>
/// <param name="pageSize">Messages per page of a list or delta.</param>
/// <param name="clock">The clock messages are screened on; the system's when null.</param>
/// <param name="readOnly">Whether every write is refused with <see cref="MailboxReadOnlyException"/>.</param>
/// <param name="metricsName">The mailbox's own short name, which its requests carry in metrics (<see cref="GraphMetrics"/>); never an address.</param>
public sealed class GraphMailbox(GraphServiceClient client, string user, int pageSize, TimeProvider? clock = null, bool readOnly = false, string? metricsName = null)
{
    private const string TextBody = "outlook.body-content-type=\"text\"";

    /// <summary>PidTagMessageFlags: its unsent bit (0x04) is what makes an item a draft.</summary>
    private const string MessageFlagsProperty = "Integer 0x0E07";

    private static readonly (string Name, MailFolderKind Kind)[] KnownFolders =
    [
        ("inbox", MailFolderKind.Inbox), ("sentitems", MailFolderKind.SentItems),
        ("drafts", MailFolderKind.Drafts), ("deleteditems", MailFolderKind.DeletedItems),
    ];

    private readonly MailboxLaneOption lane = new(user.ToUpperInvariant(), metricsName);
    private MailboxProfile? profile;
    private string? replyZone;

    public MailboxProfile Profile => profile ?? throw new InvalidOperationException("Call ConnectAsync first.");

    /// <summary>Whether this mailbox was opened for reading only: a caller checks it and leaves its write out.</summary>
    public bool IsReadOnly => readOnly;

    // An app-only mailbox keeps the name it was configured by, so all its requests share one throttling lane.
    private UserItemRequestBuilder User => client.Users[IsMe ? Profile.UserId : user];

    private bool IsMe => user.Equals("me", StringComparison.OrdinalIgnoreCase);

    /// <summary>Learns whose mailbox this is, its folder ids and its clock.</summary>
    public async Task<MailboxProfile> ConnectAsync(CancellationToken cancellationToken)
    {
        var (userId, owner) = IsMe
            ? await ReadSignedInUserAsync(cancellationToken)
            : (user, await OwnerFromSentMailAsync(cancellationToken));
        var folders = new Dictionary<string, MailFolderKind>(StringComparer.Ordinal);
        foreach (var (name, kind) in KnownFolders)
        {
            var folder = await client.Users[userId].MailFolders[name].GetAsync(rc => { rc.QueryParameters.Select = ["id"]; rc.Options.Add(lane); }, cancellationToken);
            if (folder?.Id is { } id)
            {
                folders[id] = kind;
            }
        }

        var clock = await new MailboxClockReader(client.Users[userId], lane).ReadAsync(cancellationToken);
        replyZone = OutlookZoneName.For(clock.TimeZone);
        profile = new MailboxProfile(userId, owner, folders, clock.TimeZone, clock.WorkingHours, clock.Assumption);
        return profile;
    }

    /// <summary>Takes up a profile an earlier connection read (kept by the caller), without asking Graph.</summary>
    public void Resume(MailboxProfile known)
    {
        ArgumentNullException.ThrowIfNull(known);
        replyZone = OutlookZoneName.For(known.TimeZone);
        profile = known;
    }

    /// <summary>The signed-in user (<c>GET /me</c>, which needs <c>User.Read</c>: delegated only, and asked for at sign-in).</summary>
    private async Task<(string UserId, MailboxOwner Owner)> ReadSignedInUserAsync(CancellationToken cancellationToken)
    {
        var me = await client.Me.GetAsync(rc => { rc.QueryParameters.Select = ["id", "mail", "userPrincipalName", "displayName"]; rc.Options.Add(lane); }, cancellationToken);
        var userId = me?.Id ?? throw new MalformedMessageException("the mailbox's user has no id");
        return (userId, new MailboxOwner(new EmailAddress(me.Mail ?? me.UserPrincipalName ?? user, me.DisplayName)));
    }

    /// <summary>
    /// A mailbox named in the settings (app-only access): reading its user would need a directory permission
    /// (<c>User.Read.All</c>) for a name and an address the settings and the mailbox already give: the
    /// configured address, and the name on the user's latest sent message.
    /// </summary>
    private async Task<MailboxOwner> OwnerFromSentMailAsync(CancellationToken cancellationToken)
    {
        var latest = await client.Users[user].MailFolders["sentitems"].Messages.GetAsync(
            rc =>
            {
                rc.QueryParameters.Select = ["from"];
                rc.QueryParameters.Orderby = ["receivedDateTime desc"];
                rc.QueryParameters.Top = 1;
                rc.Options.Add(lane);
            },
            cancellationToken);
        var from = latest?.Value?.FirstOrDefault()?.From?.EmailAddress;
        var address = user.Contains('@', StringComparison.Ordinal) ? user : from?.Address
            ?? throw new MalformedMessageException("the mailbox's address is unknown: name it by its address in Mailboxes:N:User");
        var name = string.Equals(from?.Address, address, StringComparison.OrdinalIgnoreCase) ? from?.Name : null;
        return new MailboxOwner(new EmailAddress(address, name));
    }

    /// <summary>
    /// Follows a folder's delta page by page to its end; without a link, from the start. Each page is handed
    /// over as it arrives, so a first sync of years of mail never holds more than one page of bodies.
    /// </summary>
    /// <exception cref="SyncStateLostException">The link is no longer known to the service.</exception>
    public async IAsyncEnumerable<DeltaPage> DeltaPagesAsync(string folder, string? deltaLink, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var delta = User.MailFolders[folder].Messages.Delta;
        var next = deltaLink is null ? null : Rebase(deltaLink);
        while (true)
        {
            DeltaGetResponse? response;
            try
            {
                response = next is null
                    ? await delta.GetAsDeltaGetResponseAsync(rc => { rc.QueryParameters.Select = GraphMessageMapper.SelectedFields; rc.QueryParameters.Expand = GraphMessageMapper.ExpandedFields; Prepare(rc.Headers, rc.Options); }, cancellationToken)
                    : await delta.WithUrl(next).GetAsDeltaGetResponseAsync(rc => Prepare(rc.Headers, rc.Options), cancellationToken);
            }
            catch (GraphFailureException failure) when (failure.Kind == GraphFailureKind.SyncStateLost)
            {
                throw new SyncStateLostException($"the delta link of folder {folder} expired ({failure.Code ?? failure.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture)})", failure);
            }

            var page = ReadPage(response);
            yield return page;
            if (page.DeltaLink is not null)
            {
                yield break;
            }

            next = page.NextLink;
        }
    }

    private DeltaPage ReadPage(DeltaGetResponse? response)
    {
        var changed = new List<MailMessage>();
        var removed = new List<string>();
        var skipped = new List<SkippedMessage>();
        var updated = new List<MailMessageChange>();
        foreach (var message in response?.Value ?? [])
        {
            if (message.AdditionalData.ContainsKey("@removed"))
            {
                removed.Add(message.Id ?? string.Empty);
            }
            else if (GraphMessageMapper.IsTeamsChat(message, Profile.FolderKinds))
            {
                // Not mail: a chat with the contact is no reply.
            }
            else if (GraphMessageMapper.IsChange(message))
            {
                updated.Add(GraphMessageMapper.MapChange(message, Profile.FolderKinds));
            }
            else if (TryMap(message, out var mapped, out var skip))
            {
                changed.Add(mapped);
            }
            else
            {
                skipped.Add(skip);
            }
        }

        if (response?.OdataDeltaLink is null && response?.OdataNextLink is null)
        {
            throw new MalformedMessageException("a delta page had neither a next link nor a delta link");
        }

        return new DeltaPage(changed, removed, updated, skipped, response.OdataNextLink, response.OdataDeltaLink);
    }

    /// <summary>Every message of a conversation, in any folder.</summary>
    public Task<IReadOnlyList<MailMessage>> GetConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        ListAsync($"conversationId eq '{DraftProperty.Escape(conversationId)}'", cancellationToken);

    /// <summary>Every message from one address, in any folder and conversation.</summary>
    public Task<IReadOnlyList<MailMessage>> GetMessagesFromAsync(string address, CancellationToken cancellationToken) =>
        ListAsync($"from/emailAddress/address eq '{DraftProperty.Escape(address)}'", cancellationToken);

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

    /// <summary>The user's latest sent messages, newest first.</summary>
    public async Task<IReadOnlyList<MailMessage>> LatestSentAsync(int count, CancellationToken cancellationToken)
    {
        var page = await User.MailFolders["sentitems"].Messages.GetAsync(
            rc =>
            {
                rc.QueryParameters.Select = GraphMessageMapper.SelectedFields;
                rc.QueryParameters.Orderby = ["receivedDateTime desc"];
                rc.QueryParameters.Top = count;
                Prepare(rc.Headers, rc.Options);
            },
            cancellationToken);
        return [.. (page?.Value ?? []).Select(m => TryMap(m, out var mapped, out _) ? mapped : null).OfType<MailMessage>()];
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

    private async Task<IReadOnlyList<MailMessage>> ListAsync(string filter, CancellationToken cancellationToken)
    {
        var results = new List<MailMessage>();
        var page = await User.Messages.GetAsync(
            rc =>
            {
                rc.QueryParameters.Filter = filter;
                rc.QueryParameters.Select = GraphMessageMapper.SelectedFields;
                rc.QueryParameters.Expand = GraphMessageMapper.ExpandedFields;
                rc.QueryParameters.Top = pageSize;
                Prepare(rc.Headers, rc.Options);
            },
            cancellationToken);
        while (page is not null)
        {
            foreach (var message in (page.Value ?? []).Where(m => !GraphMessageMapper.IsTeamsChat(m, Profile.FolderKinds)))
            {
                if (TryMap(message, out var mapped, out _))
                {
                    results.Add(mapped);
                }
            }

            page = page.OdataNextLink is { } next
                ? await User.Messages.WithUrl(next).GetAsync(rc => Prepare(rc.Headers, rc.Options), cancellationToken)
                : null;
        }

        return results;
    }

    private bool TryMap(Message message, out MailMessage mapped, out SkippedMessage skipped)
    {
        // Judged on the mailbox's clock (the tests' manual one too), so "more than a day ahead" means what it says.
        if (MessageScreen.ReasonToSkip(message, (clock ?? TimeProvider.System).GetUtcNow()) is { } reason)
        {
            mapped = null!;
            skipped = new SkippedMessage(message.Id, reason);
            return false;
        }

        mapped = GraphMessageMapper.Map(message, Profile.FolderKinds);
        skipped = null!;
        return true;
    }

    private void RefuseIfReadOnly(string write)
    {
        if (readOnly)
        {
            throw new MailboxReadOnlyException($"The mailbox was opened read-only (a dry run): it does not {write}.");
        }
    }

    private MailFolderKind FolderOf(string? folderId) =>
        folderId is not null && Profile.FolderKinds.TryGetValue(folderId, out var kind) ? kind : MailFolderKind.Other;

    private void Prepare(Microsoft.Kiota.Abstractions.RequestHeaders headers, IList<Microsoft.Kiota.Abstractions.IRequestOption> options)
    {
        options.Add(lane);
        headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
        headers.Add("Prefer", TextBody);
    }

    /// <summary>
    /// A stored link names the host that minted it. Graph's never changes, but the embedded sandbox listens
    /// on a new port at each start, so a link is pointed at the current base address before it is followed.
    /// </summary>
    private string Rebase(string link)
    {
        var baseUrl = client.RequestAdapter.BaseUrl?.TrimEnd('/') ?? string.Empty;
        var version = baseUrl[(baseUrl.LastIndexOf('/') + 1)..];
        var marker = link.IndexOf($"/{version}/", StringComparison.OrdinalIgnoreCase);
        return link.StartsWith(baseUrl, StringComparison.OrdinalIgnoreCase) || marker < 0
            ? link
            : baseUrl + link[(marker + version.Length + 1)..];
    }
}
