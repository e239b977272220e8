using OutreachAssistant.Graph.Resilience;

namespace OutreachAssistant.Graph;

/// <summary>How a mailbox is opened, whoever it belongs to.</summary>
/// <param name="PageSize">Messages per page of a list or delta.</param>
/// <param name="Clock">The clock messages are screened on (the tests' manual one too).</param>
/// <param name="ReadOnly">Whether every write is refused with <see cref="MailboxReadOnlyException"/> (a dry run).</param>
/// <param name="MetricsName">The mailbox's own short name, which its requests carry in metrics (<see cref="GraphMetrics"/>); never an address.</param>
public sealed record GraphMailboxSettings(int PageSize, TimeProvider Clock, bool ReadOnly = false, string? MetricsName = null)
{
    /// <summary>The throttling lane of a mailbox's requests: named as configured, so every request of one mailbox shares it.</summary>
    internal MailboxLaneOption LaneFor(string user) => new(user.ToUpperInvariant(), MetricsName);
}
