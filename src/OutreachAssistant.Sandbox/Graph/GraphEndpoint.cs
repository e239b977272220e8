using Microsoft.AspNetCore.Http;
using OutreachAssistant.Sandbox.Faults;
using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox.Graph;

/// <summary>
/// Everything under <c>/v1.0</c>: checks the bearer token, resolves <c>me</c> or <c>users/{id|address}</c>,
/// and runs the route in one store transaction.
/// </summary>
internal sealed class GraphEndpoint(SandboxDatabase database, TimeProvider clock, string defaultToken, FaultInjector faults, SandboxBehaviourSwitch behaviour)
{
    public async Task HandleAsync(HttpContext context, List<string> segments)
    {
        using var store = database.Open();
        var mailboxes = store.Mailboxes.List();
        var token = BearerToken(context.Request);
        var tokenMailbox = token is null ? null
            : token == defaultToken ? (mailboxes.Count > 0 ? mailboxes[0] : null) : mailboxes.FirstOrDefault(m => m.AccessToken == token);
        var target = segments switch
        {
            [var me, ..] when me.Is("me") => tokenMailbox,
            [var users, var id, ..] when users.Is("users") => mailboxes.FirstOrDefault(m => m.Matches(id)),
            _ => null,
        };

        // Faults come before the token check, like a throttling gateway in front of Graph.
        if (!await faults.ApplyAsync(context, target).ConfigureAwait(false))
        {
            return;
        }

        if (token is null)
        {
            throw new GraphException(401, "InvalidAuthenticationToken", "Access token is empty.");
        }

        if (tokenMailbox is null)
        {
            throw new GraphException(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
        }

        var (mailbox, userSegment, rest) = segments switch
        {
            [var me, .. var tail] when me.Is("me") => (tokenMailbox, "me", tail),
            [var users, var id, .. var tail] when users.Is("users") => (target ?? throw UnknownUser(id), $"users/{Uri.EscapeDataString(id)}", tail),
            _ => throw GraphException.BadRequest($"Resource not found for the segment '{(segments.Count > 0 ? segments[0] : "")}'."),
        };

        await GraphRoutes.DispatchAsync(new GraphRequest(context, store, mailbox, clock, userSegment, behaviour.Current), rest).ConfigureAwait(false);
        store.Commit();
    }

    private static GraphException UnknownUser(string id) =>
        new(404, "ErrorInvalidUser", $"The requested user '{id}' is invalid.");

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length
            ? header[prefix.Length..].Trim()
            : null;
    }
}
