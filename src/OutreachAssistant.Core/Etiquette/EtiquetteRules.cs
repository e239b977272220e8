using OutreachAssistant.Core.Etiquette.Rules;

namespace OutreachAssistant.Core.Etiquette;

/// <summary>Every rule the product ships, in the catalogue's order (<c>seeds/rules/catalogue.json</c>).</summary>
public static class EtiquetteRules
{
    private static readonly MassMailRule MassMail = new();

    /// <summary>The rules that judge one message on its own.</summary>
    public static IReadOnlyList<IEtiquetteRule> MessageRules { get; } =
    [
        new LineCountRule(),
        new WordCountRule(),
        new SubjectMissingRule(),
        new SubjectUnclearRule(),
        new LateNightRule(),
        MassMail,
        new GenericPleaRule(),
        new GuaranteeAskRule(),
        new PlaceholderRule(),
        new AttachmentMissingRule(),
        new NoClearAskRule(),
        new SignatureMissingRule(),
    ];

    /// <summary>The rules that need the thread's history (and the user's recent sends).</summary>
    public static IReadOnlyList<IHistoryRule> HistoryRules { get; } =
    [
        MassMail,
        new FollowUpTooSoonRule(),
        new FollowUpRepeatRule(),
        new FollowUpTooManyRule(),
    ];

    /// <summary>Each rule once, by id, in catalogue order.</summary>
    public static IReadOnlyList<IRuleDefinition> All { get; } =
        [.. MessageRules.Cast<IRuleDefinition>().Concat(HistoryRules).DistinctBy(r => r.Id)];

    public static IRuleDefinition? Find(string id) =>
        All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
