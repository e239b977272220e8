using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph.Clock;
using OutreachAssistant.Graph.Resilience;

namespace OutreachAssistant.Graph;

/// <summary>
/// The mailbox over Microsoft Graph: the only mailbox implementation there is, used alike against
/// Outlook and the sandbox. Everything goes through <c>/users/{id}</c>, which for a signed-in user is
/// their own mailbox, so delegated and app-only access share one code path. Opened read-only (a dry run),
/// it reads as ever and refuses every write before it reaches the wire.
/// </summary>
/// <remarks>Made by <see cref="GraphMailboxConnector"/>, which learns (or takes up) the mailbox's profile first: a
/// mailbox always knows whose it is, its folders and its clock.</remarks>
/// <param name="client">The Graph client, over Outlook or the sandbox.</param>
/// <param name="user"><c>me</c>, or the user id or address of a mailbox reached with app-only access.</param>
/// <param name="profile">Whose mailbox it is, its folder ids and its clock.</param>
/// <param name="settings">Page size, screening clock, read-only and the metrics name.</param>
public sealed partial class GraphMailbox(GraphServiceClient client, string user, MailboxProfile profile, GraphMailboxSettings settings)
{
    private const string TextBody = "outlook.body-content-type=\"text\"";

    /// <summary>PidTagMessageFlags: its unsent bit (0x04) is what makes an item a draft.</summary>
    private const string MessageFlagsProperty = "Integer 0x0E07";

    private readonly MailboxLaneOption lane = settings.LaneFor(user);

    /// <summary>The zone name <c>createReply</c> quotes times in (<c>Prefer: outlook.timezone</c>).</summary>
    private readonly string? replyZone = OutlookZoneName.For(profile.TimeZone);

    public MailboxProfile Profile => profile;

    /// <summary>Whether this mailbox was opened for reading only: a caller checks it and leaves its write out.</summary>
    public bool IsReadOnly => settings.ReadOnly;

    // An app-only mailbox keeps the name it was configured by, so all its requests share one throttling lane.
    private UserItemRequestBuilder User => client.Users[IsMe ? Profile.UserId : user];

    private bool IsMe => user.Equals("me", StringComparison.OrdinalIgnoreCase);

    private bool TryMap(Message message, out MailMessage mapped, out SkippedMessage skipped)
    {
        // Judged on the mailbox's clock (the tests' manual one too), so "more than a day ahead" means what it says.
        if (MessageScreen.ReasonToSkip(message, settings.Clock.GetUtcNow()) is { } reason)
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
        if (settings.ReadOnly)
        {
            throw new MailboxReadOnlyException($"The mailbox was opened read-only (a dry run): it does not {write}.");
        }
    }

    private MailFolderKind FolderOf(string? folderId) =>
        folderId is not null && Profile.FolderKinds.TryGetValue(folderId, out var kind) ? kind : MailFolderKind.Other;

    private void Prepare(Microsoft.Kiota.Abstractions.RequestHeaders headers, IList<Microsoft.Kiota.Abstractions.IRequestOption> options)
    {
        options.Add(lane);
        headers.Add("Prefer", $"odata.maxpagesize={settings.PageSize}");
        headers.Add("Prefer", TextBody);
    }
}
