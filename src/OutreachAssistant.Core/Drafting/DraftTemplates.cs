using System.Text.Json;
using HandlebarsDotNet;
using OutreachAssistant.Core.Detection;

namespace OutreachAssistant.Core.Drafting;

/// <summary>
/// The compiled draft templates, one per outreach kind plus <c>default</c>, from their texts (reading them
/// is the host's job). A kind without a template of its own uses <c>default</c>; keep-in-touch updates use <c>keep-in-touch</c>.
/// </summary>
public sealed class DraftTemplates
{
    public const string Default = "default";

    /// <summary>The update to a contact who answered months ago; it says nothing of following up, so it never falls back to <c>default</c>.</summary>
    public const string KeepInTouch = "keep-in-touch";

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> templates;

    private DraftTemplates(Dictionary<string, HandlebarsTemplate<object, object>> templates) => this.templates = templates;

    /// <summary>The template names a set may hold: <c>default</c>, <c>keep-in-touch</c> and each outreach kind that can be followed up.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [Default, KeepInTouch, .. Enum.GetValues<OutreachKind>().Where(k => k is not (OutreachKind.Other or OutreachKind.ThankYou or OutreachKind.Update)).Select(NameOf)];

    /// <summary>The template name of a kind: <c>conference-follow-up</c>, as in <c>FollowUps:Kinds</c>.</summary>
    public static string NameOf(OutreachKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    /// <summary>
    /// Compiles each text (by template name) and renders it once with sample fields, so a broken template
    /// or an unknown field fails here, at start, and not in a draft.
    /// </summary>
    /// <exception cref="DraftTemplateException">A name is unknown, <c>default</c> or <c>keep-in-touch</c> is missing, or a text does not compile.</exception>
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

        foreach (var required in (string[])[Default, KeepInTouch])
        {
            if (!compiled.ContainsKey(required))
            {
                throw new DraftTemplateException(required, $"the {required} template is missing.");
            }
        }

        return new DraftTemplates(compiled);
    }

    /// <summary>The kind's template, or <c>default</c>, filled in; line ends are "\n" and the text ends with one.</summary>
    public string Render(OutreachKind kind, DraftFields fields) => Render(templates.GetValueOrDefault(NameOf(kind)) ?? templates[Default], fields);

    /// <summary>The keep-in-touch template filled in.</summary>
    public string RenderKeepInTouch(DraftFields fields) => Render(templates[KeepInTouch], fields);

    private static string Render(HandlebarsTemplate<object, object> template, DraftFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
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
