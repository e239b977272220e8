using System.Globalization;
using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.FollowUps;

/// <summary>
/// The follow-up policy as a pure function of a thread's history and the time: answered threads stand
/// down, bounced ones stop, and otherwise a follow-up falls due a set time after the last outbound
/// message, never sooner than the minimum gap after the previous follow-up, up to the allowed number.
/// </summary>
public sealed class FollowUpPlanner(FollowUpOptions options)
{
    public FollowUpDecision Decide(ThreadHistory history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        var afterOutreach = history.Messages.Where(m => m.At >= history.OutreachSentAt).ToList();
        var reply = afterOutreach.FirstOrDefault(m => m.InboundKind == InboundKind.Reply);
        if (reply is not null)
        {
            return new(OutreachThreadState.Answered, null, $"answered on {Day(reply.At)}");
        }

        var bounce = afterOutreach.FirstOrDefault(m => m.InboundKind == InboundKind.DeliveryFailure);
        if (bounce is not null)
        {
            return new(OutreachThreadState.Undeliverable, null, $"delivery failed on {Day(bounce.At)}");
        }

        var lastDraft = history.DraftsCreatedAt.Count == 0 ? (DateTimeOffset?)null : history.DraftsCreatedAt.Max();
        if (history.DraftsCreatedAt.Count >= options.MaxFollowUps)
        {
            return lastDraft is { } drafted && now < drafted + options.MinimumGap
                ? new(OutreachThreadState.Drafted, null, $"follow-up drafted on {Day(drafted)}; it is yours to send or delete")
                : new(OutreachThreadState.MovedOn, null, FollowUpCountReason());
        }

        var lastOutbound = afterOutreach
            .Where(m => m.Direction == ThreadMessageDirection.Outbound)
            .Select(m => m.At)
            .DefaultIfEmpty(history.OutreachSentAt)
            .Max();
        var due = lastOutbound + options.FirstFollowUpAfter;
        var reason = $"no reply since {Day(lastOutbound)}";
        if (lastDraft is { } previous && previous + options.MinimumGap > due)
        {
            due = previous + options.MinimumGap;
            reason = $"the last follow-up was drafted on {Day(previous)}";
        }

        return now >= due
            ? new(OutreachThreadState.Due, due, $"follow-up due: {reason}")
            : new(OutreachThreadState.Waiting, due, $"waiting: {reason}");
    }

    private string FollowUpCountReason() =>
        options.MaxFollowUps == 1 ? "one follow-up was drafted; no more are suggested" : $"{options.MaxFollowUps} follow-ups were drafted; no more are suggested";

    private static string Day(DateTimeOffset at) => at.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
