using System.Globalization;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.StorageFaults;
using OutreachAssistant.Worker.Tracking;

namespace OutreachAssistant.Worker.Show;

/// <summary>
/// <c>outreach show THREAD|ADDRESS</c>: one thread from the store, with its timeline. The messages are those
/// <see cref="ThreadHistoryLoader"/> counts for the thread, so the timeline shows what the plan was made from. It
/// does not touch the mailbox and writes nothing.
/// </summary>
public sealed class ShowReport(
    StateMigrator migrator,
    ThreadStore threads,
    MessageLog messages,
    MailboxHealth health,
    FindingLog findingLog,
    DataFolderCheck dataFolder,
    OutreachPaths paths,
    ThreadHistoryLoader histories)
{
    public async Task<ShowSnapshot> ReadAsync(string threadOrAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(threadOrAddress);
        await dataFolder.EnsureUsableAsync(cancellationToken);
        await migrator.EnsureCreatedAsync(cancellationToken);
        var thread = await FindAsync(threadOrAddress.Trim(), cancellationToken);
        var mailboxState = (await health.ListAsync(cancellationToken))
            .FirstOrDefault(m => string.Equals(m.MailboxId, thread.MailboxId, StringComparison.OrdinalIgnoreCase));
        var zone = MailboxTimeZone.Resolve(mailboxState?.TimeZone);
        var findings = (await findingLog.ListAsync(cancellationToken)).Where(f => f.ThreadId == thread.Id);
        var history = await histories.LoadAsync(thread, cancellationToken);
        var conversation = await messages.GetConversationAsync(thread.MailboxId, thread.ConversationId, cancellationToken);
        var senders = conversation.ToDictionary(m => m.MessageId, m => m.FromAddress, StringComparer.Ordinal);
        var timeline = history.SinceOutreach
            .Select(m => ToEntry(thread, m, senders.GetValueOrDefault(m.MessageId)))
            .Concat(thread.Drafts.Select(ToEntry))
            .Select(e => e with { At = TimeZoneInfo.ConvertTime(e.At, zone) })
            .OrderBy(e => e.At)
            .ToList();
        return new ShowSnapshot(LocationsInUse.Of(paths), zone.Id, StatusReport.ToStatus(thread, findings, zone), timeline);
    }

    /// <summary>A thread id names one thread; an address names its contact's threads, which must be one.</summary>
    private async Task<ThreadRecord> FindAsync(string threadOrAddress, CancellationToken cancellationToken)
    {
        if (threadOrAddress.Length == 0)
        {
            throw new ShowInputException("Give a thread id or a contact's address (outreach status lists them).");
        }

        var all = await threads.ListAsync(cancellationToken);
        var byId = all.FirstOrDefault(t => string.Equals(t.Id, threadOrAddress, StringComparison.OrdinalIgnoreCase));
        if (byId is not null)
        {
            return byId;
        }

        var ofContact = all.Where(t => string.Equals(t.ContactAddress, threadOrAddress, StringComparison.OrdinalIgnoreCase)).ToList();
        return ofContact.Count switch
        {
            1 => ofContact[0],
            0 when threadOrAddress.Contains('@', StringComparison.Ordinal) =>
                throw new ShowInputException($"No outreach thread with {threadOrAddress} is tracked (outreach status lists the threads)."),
            0 => throw new ShowInputException($"No thread has the id {threadOrAddress}, and it is not an address (outreach status lists the threads)."),
            _ => throw new ShowInputException(
                $"{threadOrAddress} has {ofContact.Count} threads; show one by its id: " +
                string.Join("; ", ofContact.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Id} (\"{t.Subject}\", sent {t.OutreachSentAt:yyyy-MM-dd}, mailbox {t.MailboxId})")))),
        };
    }

    private static TimelineEntry ToEntry(ThreadRecord thread, ThreadMessage message, string? sender) => message switch
    {
        { Direction: ThreadMessageDirection.Outbound } when message.MessageId == thread.OutreachMessageId =>
            new(message.At, "sent", "the outreach", message.MessageId),
        { Direction: ThreadMessageDirection.Outbound } =>
            new(message.At, "sent", message.ConversationId == thread.ConversationId ? "your message to the contact" : "your message to the contact, in another conversation", message.MessageId),
        { InboundKind: InboundKind.AutomaticReply } =>
            new(message.At, "automatic-reply", message.ReturnsOn is { } back ? string.Create(CultureInfo.InvariantCulture, $"an automatic reply; back on {back:ddd d MMM yyyy}") : "an automatic reply, no return date", message.MessageId),
        { InboundKind: InboundKind.DeliveryFailure } =>
            new(message.At, "bounce", "a delivery failure: the address did not take the mail", message.MessageId),
        { FromContact: true } =>
            new(message.At, "received", message.ConversationId == thread.ConversationId ? "the contact's answer" : "the contact's mail, in another conversation", message.MessageId),
        _ => new(message.At, "received", sender is null ? "an answer from someone else in the conversation" : $"an answer from {sender.ToLowerInvariant()}, in the conversation", message.MessageId),
    };

    private static TimelineEntry ToEntry(DraftRecord draft)
    {
        var purpose = draft.Purpose == DraftPurpose.KeepInTouch ? "keep-in-touch update" : "follow-up";
        var aside = draft.StaleMarkedAt is null ? string.Empty : "; set aside since (overtaken by later mail)";
        return new(draft.CreatedAt, "draft", string.Create(CultureInfo.InvariantCulture, $"{purpose} {draft.Sequence} drafted by the service{aside}"), draft.DraftKey);
    }
}
