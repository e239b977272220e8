using OutreachAssistant.Core.Text;
using OutreachAssistant.Graph;

namespace OutreachAssistant.Worker.Drafts;

/// <summary>A draft's own text as the user would send it: the quoted original below it left out, the signature kept.</summary>
public static class DraftOwnText
{
    public static string Of(DraftReadBack draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var plain = draft.BodyIsHtml ? OwnTextExtractor.HtmlToText(draft.Body) : draft.Body;
        return OwnTextExtractor.RemoveQuotedHistory(plain.ReplaceLineEndings("\n"));
    }
}
