using OutreachAssistant.Core.Etiquette.Rules;
using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>
/// Another message the user sent, as far as the mass-mail rule needs it. A first sync makes one for every message sent
/// in the years it reads, so it keeps the words of its own text as the rule compares them (<see cref="OwnTextSimilarity"/>),
/// not the text.
/// </summary>
/// <param name="at">When it was sent.</param>
/// <param name="recipients">Everyone it went to (To, Cc and Bcc).</param>
/// <param name="ownText">Its own text, without quoted history or signature.</param>
public sealed class SentMessageSummary(DateTimeOffset at, IReadOnlyList<EmailAddress> recipients, string ownText)
{
    public DateTimeOffset At { get; } = at;

    public IReadOnlyList<EmailAddress> Recipients { get; } = recipients;

    /// <summary>The distinct words of its own text, as <see cref="OwnTextSimilarity"/> compares them.</summary>
    internal uint[] Words { get; } = OwnTextSimilarity.Words(ownText ?? throw new ArgumentNullException(nameof(ownText)));
}
