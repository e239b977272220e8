using System.Text.Json;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Contacts;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.StorageFaults;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.Contacts;

/// <summary>
/// <c>outreach contacts</c>: a row per outreach contact, from the store, with the role and institution their
/// signature gives. The store keeps no bodies, so the signature is read from the contact's latest mail in the
/// mailbox and dropped; a mailbox that cannot be read leaves roles empty and institutions from the address's
/// domain. It writes nothing.
/// </summary>
public sealed class ContactsReport(
    StateMigrator migrator,
    ThreadStore threadStore,
    MailboxHealth health,
    DataFolderCheck dataFolder,
    OutreachPaths paths,
    ThreadHistoryLoader histories,
    MailboxConnections connections,
    IOptions<OutreachDetectionOptions> detection)
{
    /// <summary>How long one mailbox may take before its contacts are listed without their signatures.</summary>
    private static readonly TimeSpan MailboxTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A contact's latest messages looked at for a signature: the newest may be a one-line answer from a phone.</summary>
    private const int MessagesForSignature = 3;

    public async Task<ContactsSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await dataFolder.EnsureUsableAsync(cancellationToken);
        await migrator.EnsureCreatedAsync(cancellationToken);
        var zones = (await health.ListAsync(cancellationToken))
            .ToDictionary(m => m.MailboxId, m => MailboxTimeZone.Resolve(m.TimeZone), StringComparer.OrdinalIgnoreCase);
        var byMailbox = (await threadStore.ListAsync(cancellationToken))
            .GroupBy(t => t.MailboxId, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var mailboxes = new List<MailboxContacts>();
        var rows = new List<ContactRow>();
        foreach (var threads in byMailbox)
        {
            var contacts = threads.GroupBy(t => t.ContactAddress, StringComparer.OrdinalIgnoreCase).ToList();
            var (affiliations, problem) = await ReadAffiliationsAsync(threads.Key, [.. contacts.Select(c => c.Key)], cancellationToken);
            var zone = zones.GetValueOrDefault(threads.Key, TimeZoneInfo.Utc);
            foreach (var contact in contacts)
            {
                rows.Add(await ToRowAsync([.. contact.OrderBy(t => t.OutreachSentAt)], affiliations[contact.Key], zone, cancellationToken));
            }

            mailboxes.Add(new MailboxContacts(threads.Key, problem is null, contacts.Count, problem));
        }

        return new ContactsSnapshot(LocationsInUse.Of(paths), mailboxes, [.. rows.OrderBy(r => r.Mailbox, StringComparer.Ordinal).ThenByDescending(r => r.LastContact)]);
    }

    private async Task<ContactRow> ToRowAsync(IReadOnlyList<ThreadRecord> threads, ContactAffiliation affiliation, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var messages = new List<ThreadMessage>();
        foreach (var thread in threads)
        {
            messages.AddRange((await histories.LoadAsync(thread, cancellationToken)).Messages);
        }

        // Automatic replies and bounces are no contact between two people.
        var personal = messages.DistinctBy(m => m.MessageId)
            .Where(m => m.Direction == ThreadMessageDirection.Outbound || m.InboundKind == InboundKind.Reply)
            .ToList();
        var first = threads[0];
        var last = personal.MaxBy(m => m.At);
        var firstAt = personal.Select(m => m.At).Append(first.OutreachSentAt).Min();

        // The thread whose next action comes first decides the row; without one, the latest thread does.
        var deciding = threads.Where(t => t.NextActionAt is not null).MinBy(t => t.NextActionAt) ?? threads[^1];
        var named = threads.LastOrDefault(t => t.ContactName is { Length: > 0 }) ?? threads[^1];
        return new ContactRow(
            first.MailboxId,
            named.ContactName ?? named.ContactSignedName ?? string.Empty,
            first.ContactAddress,
            affiliation.Role,
            affiliation.Institution,
            HowYouMet.Of(first.Kind),
            string.Join(" | ", threads.Select(t => t.Subject).Distinct(StringComparer.OrdinalIgnoreCase)),
            TimeZoneInfo.ConvertTime(firstAt, zone),
            TimeZoneInfo.ConvertTime(last?.At ?? first.OutreachSentAt, zone),
            last is null || last.Direction == ThreadMessageDirection.Outbound ? "you" : "them",
            personal.Count(m => m.Direction == ThreadMessageDirection.Inbound),
            JsonNamingPolicy.KebabCaseLower.ConvertName(deciding.State.ToString()),
            NextActionText.Of(deciding.State, deciding.NextActionAt is not null),
            deciding.NextActionAt is { } at ? TimeZoneInfo.ConvertTime(at, zone) : null,
            deciding.Reason,
            [.. threads.Select(t => t.Id)]);
    }

    /// <summary>Each contact's role and institution, from their signature when the mailbox can be read, else from their address.</summary>
    private async Task<(Dictionary<string, ContactAffiliation> Affiliations, string? Problem)> ReadAffiliationsAsync(
        string mailboxId, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        var publicDomains = detection.Value.PublicMailDomains.ToList();
        var affiliations = addresses.ToDictionary(a => a, a => AffiliationReader.Read(null, null, a, publicDomains), StringComparer.OrdinalIgnoreCase);
        if (!connections.MailboxIds.Contains(mailboxId, StringComparer.OrdinalIgnoreCase))
        {
            return (affiliations, "it is no longer one of Mailboxes");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(MailboxTimeout);
        try
        {
            var mailbox = await connections.GetAsync(mailboxId, timeout.Token);
            foreach (var address in addresses)
            {
                affiliations[address] = await FromSignatureAsync(mailbox, address, publicDomains, timeout.Token) ?? affiliations[address];
            }

            return (affiliations, null);
        }
        catch (Exception ex) when (MailboxFailure.Classify(ex) is { } failure)
        {
            return (affiliations, failure.Detail);
        }
        catch (Exception ex) when (StorageFault.From(ex) is { } fault)
        {
            // The embedded sandbox keeps its mailboxes in sandbox.db.
            return (affiliations, fault.Problem);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (affiliations, $"it did not answer within {MailboxTimeout.TotalSeconds:0} seconds");
        }
    }

    /// <summary>The first of the contact's latest messages whose signature says something; null when none does.</summary>
    private static async Task<ContactAffiliation?> FromSignatureAsync(GraphMailbox mailbox, string address, IReadOnlyCollection<string> publicDomains, CancellationToken cancellationToken)
    {
        var latest = (await mailbox.GetMessagesFromAsync(address, cancellationToken))
            .Where(m => !m.IsDraft && !string.IsNullOrWhiteSpace(m.BodyText) && InboundClassifier.Classify(m) != InboundKind.DeliveryFailure)
            .OrderByDescending(m => m.At)
            .Take(MessagesForSignature);
        foreach (var message in latest)
        {
            var read = AffiliationReader.Read(message.BodyText, message.From?.Name, address, publicDomains);
            if (read.Role is not null || (!read.InstitutionFromDomain && read.Institution is not null))
            {
                return read;
            }
        }

        return null;
    }
}
