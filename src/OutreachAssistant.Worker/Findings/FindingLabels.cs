namespace OutreachAssistant.Worker.Findings;

/// <summary>Short words for each rule, as an Outlook category shows them ("Outreach: too long").</summary>
public static class FindingLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["length.lines"] = "too long",
        ["length.words"] = "too long",
        ["subject.missing"] = "no subject",
        ["subject.unclear"] = "unclear subject",
        ["timing.late-night"] = "sent late at night",
        ["audience.mass-mail"] = "mass mail",
        ["content.generic-plea"] = "generic plea",
        ["content.guarantee-ask"] = "asks for a guarantee",
        ["content.placeholder"] = "unfilled placeholder",
        ["content.attachment-missing"] = "attachment missing",
        ["content.no-clear-ask"] = "no clear ask",
        ["signature.missing"] = "no signature",
        ["followup.too-soon"] = "follow-up too soon",
        ["followup.repeat-within-two-weeks"] = "repeated follow-up",
        ["followup.too-many"] = "too many follow-ups",
    };

    public static string For(string ruleId) => Labels.GetValueOrDefault(ruleId, ruleId);
}
