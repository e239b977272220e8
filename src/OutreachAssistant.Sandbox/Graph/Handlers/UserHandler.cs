using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Graph.Handlers;

/// <summary><c>GET /me</c> and <c>GET /users/{id}</c>: the mailbox owner's profile.</summary>
internal static class UserHandler
{
    public static Task GetAsync(GraphRequest r)
    {
        var name = r.Mailbox.DisplayName;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return r.WriteAsync(200, new JsonObject
        {
            ["@odata.context"] = $"{r.BaseUrl}/$metadata#users/$entity",
            ["businessPhones"] = new JsonArray(),
            ["displayName"] = name,
            ["givenName"] = space > 0 ? name[..space] : name,
            ["jobTitle"] = null,
            ["mail"] = r.Mailbox.Address,
            ["mobilePhone"] = null,
            ["officeLocation"] = null,
            ["preferredLanguage"] = null,
            ["surname"] = space > 0 ? name[(space + 1)..] : null,
            ["userPrincipalName"] = r.Mailbox.Address,
            ["id"] = r.Mailbox.Id,
        });
    }
}
