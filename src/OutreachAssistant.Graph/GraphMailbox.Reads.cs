using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Graph;

/// <summary>The mailbox's reads by query: a conversation, a sender's mail, the latest sent.</summary>
public sealed partial class GraphMailbox
{
    /// <summary>Every message of a conversation, in any folder.</summary>
    public Task<IReadOnlyList<MailMessage>> GetConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        ListAsync($"conversationId eq '{DraftProperty.Escape(conversationId)}'", cancellationToken);

    /// <summary>Every message from one address, in any folder and conversation.</summary>
    public Task<IReadOnlyList<MailMessage>> GetMessagesFromAsync(string address, CancellationToken cancellationToken) =>
        ListAsync($"from/emailAddress/address eq '{DraftProperty.Escape(address)}'", cancellationToken);

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

    private async Task<IReadOnlyList<MailMessage>> ListAsync(string filter, CancellationToken cancellationToken)
    {
        var results = new List<MailMessage>();
        var page = await User.Messages.GetAsync(
            rc =>
            {
                rc.QueryParameters.Filter = filter;
                rc.QueryParameters.Select = GraphMessageMapper.SelectedFields;
                rc.QueryParameters.Expand = GraphMessageMapper.ExpandedFields;
                rc.QueryParameters.Top = settings.PageSize;
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
}
