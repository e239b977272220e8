using System.Runtime.CompilerServices;
using Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph.Errors;

namespace OutreachAssistant.Graph;

/// <summary>The mailbox's delta: each watched folder's changes, page by page.</summary>
public sealed partial class GraphMailbox
{
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
