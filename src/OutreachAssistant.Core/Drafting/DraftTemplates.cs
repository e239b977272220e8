using System.Text.Json;
using HandlebarsDotNet;
using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.Drafting;

/// <summary>
/// The compiled draft templates, one per outreach kind plus <c>default</c>, from their texts (reading them
/// is the host's job). A kind without a template of its own uses <c>default</c>.
/// </summary>
public sealed class DraftTemplates
{
    public const string Default = "default";

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> templates;

    private DraftTemplates(Dictionary<string, HandlebarsTemplate<object, object>> templates) => this.templates = templates;

    /// <summary>The template names a set may hold: <c>default</c> and each outreach kind that can be followed up.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [Default, .. Enum.GetValues<OutreachKind>().Where(k => k is not (OutreachKind.Other or OutreachKind.ThankYou or OutreachKind.Update)).Select(NameOf)];

    /// <summary>The template name of a kind: <c>conference-follow-up</c>, as in <c>FollowUps:Kinds</c>.</summary>
    public static string NameOf(OutreachKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    /// <summary>
    /// Compiles each text (by template name) and renders it once with sample fields, so a broken template
    /// or an unknown field fails here, at start, and not in a draft.
    /// </summary>
    /// <exception cref="DraftTemplateException">A name is unknown, <c>default</c> is missing, or a text does not compile.</exception>
    public static DraftTemplates Compile(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        // Plain text: no HTML escaping, and a misspelt field is an error rather than an empty gap.
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = true });
        var compiled = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, text) in texts)
        {
            if (!Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new DraftTemplateException(name, $"'{name}' is not a template name (one of {string.Join(", ", Names)}).");
            }

            try
            {
                var template = handlebars.Compile(text);
                _ = template(Context(DraftFields.Sample));
                compiled[name] = template;
            }
            catch (Exception ex) when (ex is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
            {
                throw new DraftTemplateException(name, ex.Message.ReplaceLineEndings(" "), ex);
            }
        }

        return compiled.ContainsKey(Default)
            ? new DraftTemplates(compiled)
            : throw new DraftTemplateException(Default, "the default template is missing.");
    }

    /// <summary>The kind's template, or <c>default</c>, filled in; line ends are "\n" and the text ends with one.</summary>
    public string Render(OutreachKind kind, DraftFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var template = templates.GetValueOrDefault(NameOf(kind)) ?? templates[Default];
        return template(Context(fields)).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    private static Dictionary<string, object> Context(DraftFields fields) => new(StringComparer.Ordinal)
    {
        ["greeting"] = fields.Greeting,
        ["name"] = fields.Name,
        ["subject"] = fields.Subject,
        ["sentOn"] = fields.SentOn,
        ["signature"] = fields.Signature,
    };
}
