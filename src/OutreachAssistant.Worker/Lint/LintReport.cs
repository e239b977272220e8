using OutreachAssistant.Core.Etiquette;

namespace OutreachAssistant.Worker.Lint;

/// <summary>What lint says about one file; the JSON output is this record, property by property.</summary>
/// <param name="File">The path as given, or <c>-</c> for standard input.</param>
/// <param name="OwnText">The user's own text: quoted history and signature removed.</param>
/// <param name="Signature">The text taken as the signature, empty if none.</param>
/// <param name="Lines">Lines of own text.</param>
/// <param name="Words">Words of own text.</param>
/// <param name="Kind">The outreach kind, kebab-case (<c>program-interest</c>).</param>
/// <param name="IsOutreach">Whether the message counts as outreach when the user sends it.</param>
/// <param name="Reasons">Why it is (or is not) outreach, and the cues for its kind.</param>
/// <param name="Findings">The rules' findings, in catalogue order.</param>
public sealed record LintReport(
    string File,
    string OwnText,
    string Signature,
    int Lines,
    int Words,
    string Kind,
    bool IsOutreach,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<Finding> Findings);
