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
        if (!await faults.ApplyAsync(context, target))
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

        Authorize(context.Request.Method, rest, mailbox, tokenMailbox, token == defaultToken ? null : tokenMailbox.TokenScopes);
        await CommitBeforeAnswer.RunAsync(
            context,
            () => GraphRoutes.DispatchAsync(new GraphRequest(context, store, mailbox, clock, userSegment, behaviour.Current), rest),
            () => Commit(context, store));
    }

    private static void Commit(HttpContext context, StoreSession store)
    {
        if (FaultContext.CommitFails(context))
        {
            // Disposing the session rolls the write back, as a failed commit leaves nothing behind.
            throw new InvalidOperationException("The sandbox's store could not commit the request (injected commitFailure fault).");
        }

        store.Commit();
    }

    /// <summary>
    /// A token carries scopes (the default token every one); a request needing one it lacks is a 403, as Graph
    /// answers. A personal account's mailboxSettings are a 403 whatever the scopes: reported of outlook.com.
    /// </summary>
    private static void Authorize(string method, List<string> rest, Mailbox mailbox, Mailbox tokenMailbox, IReadOnlySet<string>? scopes)
    {
        if (scopes is not null
            && Access.RoutePermissions.For(method, rest, ownProfile: mailbox.Id == tokenMailbox.Id) is { } needed
            && !needed.Any(scopes.Contains))
        {
            throw Access.RoutePermissions.Denied(rest);
        }

        if (mailbox.Account == AccountKind.Personal && rest is [var settings, ..] && settings.Is("mailboxSettings"))
        {
            throw new GraphException(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
        }
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
