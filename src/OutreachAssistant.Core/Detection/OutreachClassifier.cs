using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Detection;

/// <summary>
/// Decides whether a message the user sent is outreach: addressed outside the user's organisation and
/// started by the user rather than answering someone who wrote first. Lists and categories override.
/// </summary>
public sealed class OutreachClassifier(OutreachDetectionOptions options, MailboxOwner owner)
{
    private readonly HashSet<string> internalDomains = BuildInternalDomains(options, owner);

    /// <param name="sent">The message the user sent.</param>
    /// <param name="conversation">Other messages known in the same conversation, in any order.</param>
    public OutreachVerdict Classify(MailMessage sent, IEnumerable<MailMessage> conversation)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(conversation);
        var ownText = sent.BodyText is null ? null : OwnTextExtractor.RemoveQuotedHistory(sent.BodyText);
        return Decide(sent, conversation).WithKind(OutreachKindClassifier.Explain(sent.Subject, ownText));
    }

    /// <summary>
    /// Judges a message the user sent with no mailbox to look in (as <c>outreach lint</c> does): a reply,
    /// by its subject prefix or the quoted history in its body, is not outreach; otherwise as
    /// <see cref="Classify"/> with no other message in the conversation.
    /// </summary>
    public OutreachVerdict ClassifyAlone(MailMessage sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var body = sent.BodyText ?? string.Empty;
        var ownText = OwnTextExtractor.RemoveQuotedHistory(body);
        var kind = OutreachKindClassifier.Explain(sent.Subject, ownText);
        if (ReplySubject.IsReply(sent.Subject))
        {
            return OutreachVerdict.No("a reply: the subject starts with a reply prefix").WithKind(kind);
        }

        // Fewer words once quotes are removed: the body carries an earlier message below the user's text.
        if (WordCount(ownText) < WordCount(body))
        {
            return OutreachVerdict.No("a reply: the body quotes an earlier message").WithKind(kind);
        }

        return Decide(sent, []).WithKind(kind);
    }

    private OutreachVerdict Decide(MailMessage sent, IEnumerable<MailMessage> conversation)
    {
        if (!owner.Sent(sent))
        {
            return OutreachVerdict.No("not sent by the mailbox owner");
        }

        var excludedCategory = sent.Categories.FirstOrDefault(c => options.ExcludeCategories.Contains(c, StringComparer.OrdinalIgnoreCase));
        if (excludedCategory is not null)
        {
            return OutreachVerdict.No($"category \"{excludedCategory}\"");
        }

        if (sent.Categories.Contains(options.IncludeCategory, StringComparer.OrdinalIgnoreCase))
        {
            return OutreachVerdict.Yes($"category \"{options.IncludeCategory}\"");
        }

        var recipients = sent.AllRecipients.Where(r => !owner.Owns(r)).ToList();
        if (recipients.Count == 0)
        {
            return OutreachVerdict.No("no recipient other than the user");
        }

        var candidates = recipients.Where(r => !IsExcluded(r)).ToList();
        if (candidates.Count == 0)
        {
            return OutreachVerdict.No("every recipient is on an exclude list");
        }

        if (candidates.Any(IsIncluded))
        {
            return OutreachVerdict.Yes("a recipient is on an include list");
        }

        if (!candidates.Any(r => !internalDomains.Contains(r.Domain)))
        {
            return OutreachVerdict.No("every recipient is inside the user's organisation");
        }

        var startedBySomeoneElse = conversation.Any(m =>
            m.Id != sent.Id && m.At < sent.At && !owner.Sent(m));
        if (startedBySomeoneElse)
        {
            return OutreachVerdict.No("a reply to someone who wrote first");
        }

        return OutreachVerdict.Yes("sent to an external recipient", "the user started the conversation");
    }

    /// <summary>The person the outreach is addressed to: the first external To recipient, else any external one.</summary>
    public EmailAddress? ContactOf(MailMessage sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var external = sent.To.Concat(sent.Cc).Where(r => !owner.Owns(r) && !IsExcluded(r)).ToList();
        return external.FirstOrDefault(r => !internalDomains.Contains(r.Domain)) ?? external.FirstOrDefault();
    }

    private bool IsExcluded(EmailAddress address) =>
        options.ExcludeAddresses.Any(address.IsSameAddress)
        || options.ExcludeDomains.Contains(address.Domain, StringComparer.OrdinalIgnoreCase);

    private bool IsIncluded(EmailAddress address) =>
        options.IncludeAddresses.Any(address.IsSameAddress)
        || options.IncludeDomains.Contains(address.Domain, StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> BuildInternalDomains(OutreachDetectionOptions options, MailboxOwner owner)
    {
        var domains = new HashSet<string>(options.InternalDomains, StringComparer.OrdinalIgnoreCase);
        var own = owner.Address.Domain;
        if (own.Length > 0 && !options.PublicMailDomains.Contains(own, StringComparer.OrdinalIgnoreCase))
        {
            domains.Add(own);
        }

        return domains;
    }

    private static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
