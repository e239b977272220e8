using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Digest;

/// <summary>A thread as the digest speaks of it.</summary>
/// <param name="Contact">Whom the outreach went to.</param>
/// <param name="Subject">The outreach's subject.</param>
/// <param name="Kind">What the outreach is for.</param>
/// <param name="State">Where the thread stands.</param>
/// <param name="NextActionAt">When its next follow-up (or keep-in-touch update) is due, if any.</param>
/// <param name="Answered">Whether anyone answered in it (automatic replies and bounces do not count).</param>
/// <param name="WaitingDraftAt">When the service's newest draft in it was made, while the user has neither sent nor set it aside.</param>
public sealed record DigestThread(
    EmailAddress Contact,
    string Subject,
    OutreachKind Kind,
    OutreachThreadState State,
    DateTimeOffset? NextActionAt,
    bool Answered,
    DateTimeOffset? WaitingDraftAt);
