using Microsoft.Graph;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph.Clock;
using EmailAddress = OutreachAssistant.Core.Mail.EmailAddress;

namespace OutreachAssistant.Graph;

/// <summary>
/// Opens a mailbox over Graph: asks whose it is, its folder ids and its clock (<see cref="ConnectAsync"/>), or takes
/// up what an earlier connection learnt (<see cref="Resume"/>). The <see cref="GraphMailbox"/> it returns knows all
/// of it from the start.
/// </summary>
/// <param name="client">The Graph client, over Outlook or the sandbox.</param>
/// <param name="user"><c>me</c>, or the user id or address of a mailbox reached with app-only access.</param>
/// <param name="settings">How the mailbox is opened.</param>
public sealed class GraphMailboxConnector(GraphServiceClient client, string user, GraphMailboxSettings settings)
{
    private static readonly (string Name, MailFolderKind Kind)[] KnownFolders =
    [
        ("inbox", MailFolderKind.Inbox), ("sentitems", MailFolderKind.SentItems),
        ("drafts", MailFolderKind.Drafts), ("deleteditems", MailFolderKind.DeletedItems),
    ];

    private readonly Resilience.MailboxLaneOption lane = settings.LaneFor(user);

    private bool IsMe => user.Equals("me", StringComparison.OrdinalIgnoreCase);

    /// <summary>Asks Graph whose mailbox this is, its folder ids and its clock, and opens it.</summary>
    public async Task<GraphMailbox> ConnectAsync(CancellationToken cancellationToken)
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
        return Resume(new MailboxProfile(userId, owner, folders, clock.TimeZone, clock.WorkingHours, clock.Assumption));
    }

    /// <summary>Opens the mailbox on a profile an earlier connection read (kept by the caller), without asking Graph.</summary>
    public GraphMailbox Resume(MailboxProfile known)
    {
        ArgumentNullException.ThrowIfNull(known);
        return new GraphMailbox(client, user, known, settings);
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
}
