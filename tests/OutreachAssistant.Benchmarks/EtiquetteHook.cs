using System.Linq.Expressions;
using System.Reflection;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Benchmarks;

/// <summary>
/// Runs the etiquette rules on a body when <c>OutreachAssistant.Core.Etiquette.EtiquetteChecker</c> is
/// there, found by name so this project builds with or without it; otherwise only extracts.
/// </summary>
internal static class EtiquetteHook
{
    private const string CheckerType = "OutreachAssistant.Core.Etiquette.EtiquetteChecker";
    private const string MessageType = "OutreachAssistant.Core.Etiquette.LintMessage";

    public static Func<string, object> Create(out bool withRules)
    {
        var core = typeof(OwnTextExtractor).Assembly;
        var checkerType = core.GetType(CheckerType);
        var messageType = core.GetType(MessageType);
        var fromBody = messageType?.GetMethod("FromBody", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(string), typeof(BodyFormat), typeof(string)]);
        var check = messageType is null ? null : checkerType?.GetMethod("Check", [messageType]);
        withRules = checkerType is not null && fromBody is not null && check is not null;
        if (!withRules)
        {
            return body => OwnTextExtractor.Extract(body);
        }

        // body => (object)checker.Check(LintMessage.FromBody("", body, BodyFormat.Text, null)), compiled once.
        var checker = Activator.CreateInstance(checkerType!)!;
        var body = Expression.Parameter(typeof(string), "body");
        var message = Expression.Call(fromBody!, Expression.Constant(string.Empty), body, Expression.Constant(BodyFormat.Text), Expression.Constant(null, typeof(string)));
        var findings = Expression.Call(Expression.Constant(checker), check!, message);
        return Expression.Lambda<Func<string, object>>(Expression.Convert(findings, typeof(object)), body).Compile();
    }
}
