using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Mailboxes;

/// <summary>
/// Runs work for one mailbox so that its failure is recorded and logged, and never stops the others. That a
/// mailbox is well is recorded at most every <see cref="SayWellEvery"/>: its due threads run one after another,
/// often a hundred in a second, and a write after each was a tenth of a first sync's drafting. A failure is
/// recorded at once, and the next success after it too.
/// </summary>
public sealed partial class MailboxGuard(MailboxHealth health, TimeProvider clock, ILogger<MailboxGuard> logger)
{
    /// <summary>Another node's failure may stand this long after this node found the mailbox well again.</summary>
    public static readonly TimeSpan SayWellEvery = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, DateTimeOffset> saidWellAt = new(StringComparer.OrdinalIgnoreCase);

    /// <returns>Whether the work succeeded.</returns>
    public async Task<bool> RunAsync(string mailboxId, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await work(cancellationToken);
            var now = clock.GetUtcNow();
            if (!saidWellAt.TryGetValue(mailboxId, out var said) || now - said >= SayWellEvery || now < said)
            {
                await health.SetAsync(mailboxId, MailboxFailure.Ok, string.Empty, now, cancellationToken);
                saidWellAt[mailboxId] = now;
            }

            return true;
        }
        catch (Exception ex) when (MailboxFailure.Classify(ex) is { } failure)
        {
            saidWellAt.TryRemove(mailboxId, out _);
            var before = (await health.ListAsync(cancellationToken)).FirstOrDefault(m => m.MailboxId == mailboxId);
            await health.SetAsync(mailboxId, failure.Status, failure.Detail, clock.GetUtcNow(), cancellationToken);
            if (failure.Status == MailboxFailure.NeedsSignIn)
            {
                // One line when the mailbox first needs it, not one every poll.
                if (before?.Status != MailboxFailure.NeedsSignIn)
                {
                    LogNeedsSignIn(logger, mailboxId, failure.Detail);
                }
            }
            else
            {
                LogFailed(logger, mailboxId, failure.Detail, ex.GetType().Name);
            }

            return false;
        }
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Mailbox {MailboxId} needs sign-in: {Detail}")]
    private static partial void LogNeedsSignIn(ILogger logger, string mailboxId, string detail);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Mailbox {MailboxId} failed: {Detail} ({ExceptionType}); the other mailboxes go on")]
    private static partial void LogFailed(ILogger logger, string mailboxId, string detail, string exceptionType);
}
