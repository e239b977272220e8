using System.Globalization;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph;
using OutreachAssistant.Worker.Doctor;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;

namespace OutreachAssistant.Worker.Probe;

/// <summary>
/// <c>outreach probe</c>: before a user trusts the service with a real mailbox, it makes the very reply draft the
/// service would make (to their latest sent message to an outside address), reads it back, checks each point
/// the service relies on, and removes it. It writes nothing else, and sends nothing.
/// </summary>
public sealed class ProbeService(
    MailboxConnections connections,
    IOptions<OutreachDetectionOptions> detection,
    IOptions<DraftingOptions> drafting)
{
    /// <summary>How far back to look for a message to reply to.</summary>
    private const int SentToLookAt = 25;

    /// <summary>Plain words only, so they read the same in a text or an HTML draft.</summary>
    private const string ProbeText = "OutreachAssistant probe: checking that follow-up drafts can be made in this mailbox. This draft is removed at once";

    public async Task<int> RunAsync(string? mailboxId, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var id = mailboxId ?? connections.MailboxIds[0];
        if (!connections.MailboxIds.Contains(id, StringComparer.OrdinalIgnoreCase))
        {
            await output.WriteLineAsync(new DoctorCheck("mailbox", false, $"no mailbox \"{id}\" is configured", "name one of Mailboxes' ids").ToString());
            return 1;
        }

        var checks = new List<DoctorCheck>();
        try
        {
            var mailbox = await connections.ConnectAfreshAsync(id, cancellationToken);
            var classifier = new OutreachClassifier(detection.Value, mailbox.Profile.Owner);
            var sent = (await mailbox.LatestSentAsync(SentToLookAt, cancellationToken)).FirstOrDefault(m => !m.IsDraft && classifier.ContactOf(m) is not null);
            if (sent is null)
            {
                checks.Add(new("a sent message to reply to", false, $"none of your {SentToLookAt} latest sent messages went to an outside address", "send one outreach email, then run the probe again"));
            }
            else
            {
                var sentOn = TimeZoneInfo.ConvertTime(sent.At, MailboxTimeZone.Resolve(mailbox.Profile.TimeZone));
                await output.WriteLineAsync($"Probe of mailbox {id}: a reply draft to your latest sent message to an outside address (sent {sentOn.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)}).");
                checks.AddRange(await CheckDraftAsync(mailbox, sent, classifier.ContactOf(sent)!, cancellationToken));
            }
        }
        catch (Exception ex) when (MailboxFailure.Classify(ex) is { } failure)
        {
            checks.Add(new("Graph", false, failure.Detail, "run `outreach doctor` for the sign-in and settings"));
        }

        foreach (var check in checks)
        {
            await output.WriteLineAsync(check.ToString());
        }

        var failed = checks.Count(c => !c.Ok);
        await output.WriteLineAsync(failed == 0
            ? $"All {checks.Count} checks hold: the service can make its drafts in this mailbox."
            : $"{failed} of {checks.Count} checks failed: the service should not run on this mailbox yet. Send us these lines (they hold no address, subject or text).");
        return failed == 0 ? 0 : 1;
    }

    private async Task<List<DoctorCheck>> CheckDraftAsync(GraphMailbox mailbox, MailMessage sent, EmailAddress contact, CancellationToken cancellationToken)
    {
        var key = $"probe/{Guid.NewGuid():N}";
        var category = drafting.Value.Category;
        var toInbox = drafting.Value.Destination == DraftDestination.Inbox;
        DraftLocation? location = null;
        var checks = new List<DoctorCheck>();
        try
        {
            location = await mailbox.CreateReplyDraftAsync(new NewReplyDraft(sent.Id, [contact], ProbeText, key, category), _ => Task.CompletedTask, cancellationToken);
            if (toInbox)
            {
                location = await mailbox.MoveAsync(location.MessageId, "inbox", cancellationToken);
            }

            var draft = await mailbox.ReadDraftAsync(location.MessageId, cancellationToken);
            var found = await mailbox.FindDraftStatesAsync(key, cancellationToken);
            checks.Add(ProbeChecks.Addressed(draft, contact, mailbox.Profile.Owner));
            checks.Add(ProbeChecks.KeyFound(found, location.MessageId));
            checks.Add(ProbeChecks.TextAboveQuote(draft, ProbeText));
            checks.Add(ProbeChecks.Category(draft, category));
            checks.Add(ProbeChecks.StillADraft(draft, toInbox ? MailFolderKind.Inbox : MailFolderKind.Drafts));
        }
        finally
        {
            if (location is not null)
            {
                await mailbox.DeleteAsync(location.MessageId, CancellationToken.None);
                checks.Add(new("removed", true, "the probe draft is deleted (Outlook keeps it in Deleted Items)"));
            }
        }

        return checks;
    }
}
