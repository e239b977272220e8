using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Core.Etiquette.Rules;

/// <summary><c>content.attachment-missing</c>: the own text mentions an attached CV, resume or letter, and nothing is attached.</summary>
public sealed partial class AttachmentMissingRule : IEtiquetteRule
{
    public string Id => "content.attachment-missing";

    public string Source => GuideSources.PediatricsEmailOutreach;

    public RuleSettings Defaults { get; } = new() { Severity = Severity.Error };

    public IEnumerable<Finding> Check(LintMessage message, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Attachments is not { Count: 0 })
        {
            yield break;
        }

        var mention = Mention().Match(message.Own.Text);
        if (mention.Success)
        {
            yield return this.Found(this.Effective(settings), string.Create(CultureInfo.InvariantCulture,
                $"The text says \"{mention.Value}\" but nothing is attached; attach the file or drop the mention."));
        }
    }

    [GeneratedRegex(
        @"\b(?:attached|attaching|attachments?|enclosed|enclosing)\b"
        + @"|\bi(?:\s+have|['’]ve)?\s+(?:included|added)\s+my\s+(?:cv|resume|résumé|letter|personal\s+statement|transcript)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
