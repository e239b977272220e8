using System.Collections;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>
/// The user's messages of one sync as the mass-mail rule compares them, made once per sync: every reviewed
/// message sees all the others through a view that leaves it out, rather than a fresh copy of thousands of
/// summaries for each (the cost of one review then grew with all the mail sent in the sync).
/// </summary>
public sealed class SentSummaries
{
    private readonly SentMessageSummary[] summaries;
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);

    public SentSummaries(IReadOnlyList<MailMessage> sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        summaries = [.. sent.Select(m => new SentMessageSummary(m.At, [.. m.AllRecipients], OwnTextExtractor.Extract(m.BodyText ?? string.Empty).Text))];
        for (var i = 0; i < sent.Count; i++)
        {
            positions[sent[i].Id] = i;
        }
    }

    /// <summary>Every summary but the message's own.</summary>
    public IReadOnlyList<SentMessageSummary> OtherThan(string messageId) =>
        positions.TryGetValue(messageId, out var position) ? new AllBut(summaries, position) : summaries;

    private sealed class AllBut(SentMessageSummary[] all, int left) : IReadOnlyList<SentMessageSummary>
    {
        public int Count => all.Length - 1;

        public SentMessageSummary this[int index] => all[index < left ? index : index + 1];

        public IEnumerator<SentMessageSummary> GetEnumerator()
        {
            for (var i = 0; i < all.Length; i++)
            {
                if (i != left)
                {
                    yield return all[i];
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
