using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph.Clock;
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
public sealed partial class GraphMailbox(GraphServiceClient client, string user, int pageSize, TimeProvider? clock = null, bool readOnly = false, string? metricsName = null)
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
}
