using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Graph.Handlers;

/// <summary><c>GET mailboxSettings</c> and one of its properties, e.g. <c>automaticRepliesSetting</c>.</summary>
internal static class MailboxSettingsHandler
{
    public static Task GetAsync(GraphRequest r, string? property)
    {
        var settings = r.Store.Mailboxes.Settings(r.Mailbox.Id);
        if (property is null)
        {
            var json = new JsonObject { ["@odata.context"] = r.ContextUrl("mailboxSettings") };
            foreach (var (name, node) in settings)
            {
                json[name] = node?.DeepClone();
            }

            return r.WriteAsync(200, json);
        }

        var match = settings.FirstOrDefault(p => p.Key.Equals(property, StringComparison.OrdinalIgnoreCase));
        if (match.Key is null || match.Value is not JsonObject value)
        {
            throw GraphException.BadRequest($"Resource not found for the segment '{property}'.");
        }

        var result = new JsonObject { ["@odata.context"] = r.ContextUrl($"mailboxSettings/{match.Key}") };
        foreach (var (name, child) in value)
        {
            result[name] = child?.DeepClone();
        }

        return r.WriteAsync(200, result);
    }
}
