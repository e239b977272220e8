using System.Text.Json;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.StorageFaults;

namespace OutreachAssistant.Worker.Drafts;

/// <summary>
/// <c>outreach drafts [--json]</c>: every draft the service made that is still unsent. The record (the draft
/// ledger, joined with its threads) says which drafts were made; the mailbox says which are still unsent, where
/// they are and what they say now, the user's edits included. The store never keeps a body, so a mailbox that
/// cannot be read still has its drafts listed from the record, without their text. It writes nothing.
/// </summary>
public sealed class DraftsReport(
    StateMigrator migrator,
    ThreadStore threads,
    MailboxHealth health,
    DataFolderCheck dataFolder,
    OutreachPaths paths,
    MailboxConnections connections,
    IOptions<DraftingOptions> drafting)
{
    /// <summary>How long one mailbox may take before its drafts are listed from the record alone.</summary>
    private static readonly TimeSpan MailboxTimeout = TimeSpan.FromSeconds(30);

    public async Task<DraftsSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await dataFolder.EnsureUsableAsync(cancellationToken);
        await migrator.EnsureCreatedAsync(cancellationToken);
        var zones = (await health.ListAsync(cancellationToken))
            .ToDictionary(m => m.MailboxId, m => MailboxTimeZone.Resolve(m.TimeZone), StringComparer.OrdinalIgnoreCase);
        var recorded = (await threads.ListAsync(cancellationToken))
            .SelectMany(t => t.Drafts.Select(d => (Thread: t, Draft: d)))
            .OrderBy(r => r.Draft.CreatedAt)
            .ToLookup(r => r.Thread.MailboxId, StringComparer.OrdinalIgnoreCase);
        var mailboxIds = connections.MailboxIds.Concat(recorded.Select(g => g.Key)).Distinct(StringComparer.OrdinalIgnoreCase);

        var mailboxes = new List<MailboxDrafts>();
        var drafts = new List<UnsentDraft>();
        foreach (var mailboxId in mailboxIds)
        {
            var mine = recorded[mailboxId].ToList();
            var zone = zones.GetValueOrDefault(mailboxId, TimeZoneInfo.Utc);
            var (mailbox, listed) = mine.Count == 0
                ? (new MailboxDrafts(mailboxId, Read: false, Count: 0), Array.Empty<UnsentDraft>())
                : await ReadMailboxAsync(mailboxId, mine, zone, cancellationToken);
            mailboxes.Add(mailbox);
            drafts.AddRange(listed);
        }

        return new DraftsSnapshot(LocationsInUse.Of(paths), mailboxes, drafts);
    }

    private async Task<(MailboxDrafts Mailbox, IReadOnlyList<UnsentDraft> Drafts)> ReadMailboxAsync(
        string mailboxId, IReadOnlyList<(ThreadRecord Thread, DraftRecord Draft)> recorded, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        if (!connections.MailboxIds.Contains(mailboxId, StringComparer.OrdinalIgnoreCase))
        {
            return FromRecord(mailboxId, recorded, zone, "it is no longer one of Mailboxes");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(MailboxTimeout);
        try
        {
            var mailbox = await connections.GetAsync(mailboxId, timeout.Token);
            var listed = new List<UnsentDraft>();
            foreach (var (thread, draft) in recorded)
            {
                // A draft sent or deleted since is no longer the user's to act on; a draft the user moved is followed.
                var copies = await mailbox.FindDraftStatesAsync(draft.DraftKey, timeout.Token);
                if (copies.FirstOrDefault(c => c.IsDraft && c.Folder != MailFolderKind.DeletedItems) is not { } unsent)
                {
                    continue;
                }

                var read = await mailbox.ReadDraftAsync(unsent.MessageId, timeout.Token);
                listed.Add(ToUnsent(thread, draft, zone, read.Folder, Condition(draft, read.Categories), DraftOwnText.Of(read)));
            }

            return (new MailboxDrafts(mailboxId, Read: true, listed.Count), listed);
        }
        catch (Exception ex) when (MailboxFailure.Classify(ex) is { } failure)
        {
            return FromRecord(mailboxId, recorded, zone, failure.Detail);
        }
        catch (Exception ex) when (StorageFault.From(ex) is { } fault)
        {
            // The embedded sandbox keeps its mailboxes in sandbox.db.
            return FromRecord(mailboxId, recorded, zone, fault.Problem);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FromRecord(mailboxId, recorded, zone, $"it did not answer within {MailboxTimeout.TotalSeconds:0} seconds");
        }
    }

    /// <summary>Every recorded draft, as the record has it: left where the service puts drafts, text unknown.</summary>
    private (MailboxDrafts Mailbox, IReadOnlyList<UnsentDraft> Drafts) FromRecord(
        string mailboxId, IReadOnlyList<(ThreadRecord Thread, DraftRecord Draft)> recorded, TimeZoneInfo zone, string problem)
    {
        var left = drafting.Value.Destination == DraftDestination.Inbox ? MailFolderKind.Inbox : MailFolderKind.Drafts;
        var listed = recorded.Select(r => ToUnsent(r.Thread, r.Draft, zone, left, Condition(r.Draft, categories: null), text: null)).ToList();
        return (new MailboxDrafts(mailboxId, Read: false, listed.Count, problem), listed);
    }

    /// <summary>The category on the draft says why it was overtaken; the record says only that it was.</summary>
    private DraftCondition Condition(DraftRecord draft, IReadOnlyList<string>? categories)
    {
        if (categories?.Contains(drafting.Value.SupersededCategory, StringComparer.OrdinalIgnoreCase) == true)
        {
            return DraftCondition.Superseded;
        }

        if (categories?.Contains(drafting.Value.StaleCategory, StringComparer.OrdinalIgnoreCase) == true)
        {
            return DraftCondition.Stale;
        }

        return draft.StaleMarkedAt is null ? DraftCondition.Waiting : DraftCondition.Marked;
    }

    private static UnsentDraft ToUnsent(ThreadRecord thread, DraftRecord draft, TimeZoneInfo zone, MailFolderKind folder, DraftCondition state, string? text) => new(
        thread.MailboxId,
        thread.Id,
        JsonNamingPolicy.KebabCaseLower.ConvertName(draft.Purpose.ToString()),
        draft.Sequence,
        thread.ContactAddress,
        thread.ContactName,
        thread.Subject,
        JsonNamingPolicy.KebabCaseLower.ConvertName(folder.ToString()),
        TimeZoneInfo.ConvertTime(draft.CreatedAt, zone),
        state,
        text);
}
