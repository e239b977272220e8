namespace OutreachAssistant.Core.Text;

/// <summary>
/// Finds Outlook's "From / Sent / To / Subject" block above quoted history (and its translations:
/// Von/Gesendet/An/Betreff, De/Envoyé/À/Objet...). A From line alone is not enough: a second header
/// line must follow within a few lines, so "From: our database" in prose stays text.
/// </summary>
internal static class MailHeaderBlock
{
    private const int MaxLinesToSecondLabel = 4;
    private const int MaxContinuationLines = 2;

    /// <returns>The number of lines of the block starting at <paramref name="index"/>, or 0.</returns>
    public static int Match(string source, List<TextLine> lines, int index)
    {
        var first = HeaderLabels.Read(lines[index].In(source));
        if (first is not (HeaderLabel.From or HeaderLabel.Date or HeaderLabel.Preamble))
        {
            return 0;
        }

        var lastLabelLine = -1;
        var continuation = 0;
        for (var i = index + 1; i < lines.Count; i++)
        {
            var text = lines[i].In(source);
            if (text.IsWhiteSpace())
            {
                break;
            }

            var label = HeaderLabels.Read(text);
            if (label == HeaderLabel.None)
            {
                // Long addresses wrap onto the next line; more than a couple of such lines is prose.
                if (++continuation > MaxContinuationLines || (lastLabelLine < 0 && i - index > MaxLinesToSecondLabel))
                {
                    break;
                }

                continue;
            }

            continuation = 0;
            if (lastLabelLine < 0 && !Follows(first, label))
            {
                return 0;
            }

            lastLabelLine = i;
        }

        return lastLabelLine < 0 ? 0 : lastLabelLine - index + 1;
    }

    // "Date: … / Time: …" in an appointment is not a header; "Date: … / To: …" is.
    private static bool Follows(HeaderLabel first, HeaderLabel second) => first switch
    {
        HeaderLabel.From => second is not HeaderLabel.From and not HeaderLabel.Preamble,
        HeaderLabel.Date => second is HeaderLabel.To or HeaderLabel.From or HeaderLabel.Subject or HeaderLabel.Copy,
        _ => second is HeaderLabel.From,
    };
}
