using System.Globalization;
using System.Text;
using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.Drafting;

/// <summary>
/// Writes the gentle follow-up: a greeting, one line that recalls the earlier email, one that restates
/// the ask politely, thanks and the signature. Short by design: the guides' whole cold email is 10–15 lines.
/// </summary>
public sealed class FollowUpDraftComposer(DraftingOptions options)
{
    public FollowUpDraft Compose(FollowUpDraftRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sentLocal = TimeZoneInfo.ConvertTime(request.OriginalSentAt, request.TimeZone);
        var sentOn = sentLocal.ToString("MMMM d", CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .AppendLine(Salutation.For(request.Contact))
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"I hope you are well. I am writing to gently follow up on my email of {sentOn} below.")
            .AppendLine(AskLine(request.Kind))
            .AppendLine()
            .AppendLine("Thank you for your time and consideration.");
        var signature = options.Signature.Trim();
        text.AppendLine().Append(signature.Length == 0 ? "Kind regards," : $"Kind regards,\n{signature}");
        return new FollowUpDraft(text.ToString().ReplaceLineEndings("\n").TrimEnd() + "\n");
    }

    private static string AskLine(OutreachKind kind) => kind switch
    {
        OutreachKind.Mentorship => "I know how full your schedule is; if a short 15-minute conversation is possible in the coming weeks, I would be very grateful.",
        OutreachKind.Elective => "I would be grateful to know whether an elective or observership could be possible, or whom I might ask.",
        OutreachKind.Research => "I remain very interested in contributing to your research and would welcome any guidance on next steps.",
        OutreachKind.ConferenceFollowUp => "I enjoyed our conversation and would value any advice you might have time to share.",
        OutreachKind.ProgramInterest => "I remain very interested in your program and would be grateful for any guidance you can offer.",
        _ => "I understand how busy you are, and I would be grateful for any reply when you have a moment.",
    };
}
