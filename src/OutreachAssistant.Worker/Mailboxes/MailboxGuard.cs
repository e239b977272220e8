using Microsoft.Extensions.Logging;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Mailboxes;

/// <summary>
/// Runs work for one mailbox so that its failure is recorded and logged, and never stops the others.
/// </summary>
public sealed partial class MailboxGuard(MailboxHealth health, TimeProvider clock, ILogger<MailboxGuard> logger)
{
    /// <returns>Whether the work succeeded.</returns>
    public async Task<bool> RunAsync(string mailboxId, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await work(cancellationToken);
            await health.SetAsync(mailboxId, MailboxFailure.Ok, string.Empty, clock.GetUtcNow(), cancellationToken);
            return true;
        }
        catch (Exception ex) when (MailboxFailure.Classify(ex) is { } failure)
        {
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
