using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox.Graph;

/// <summary>Everything a Graph handler needs for one request against one mailbox.</summary>
internal sealed class GraphRequest(HttpContext http, StoreSession store, Mailbox mailbox, TimeProvider clock, string userSegment, SandboxBehaviour behaviour)
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public HttpContext Http { get; } = http;

    public StoreSession Store { get; } = store;

    public Mailbox Mailbox { get; } = mailbox;

    public TimeProvider Clock { get; } = clock;

    public DateTimeOffset Now => Clock.GetUtcNow();

    public SandboxBehaviour Behaviour { get; } = behaviour;

    public PreferHeader Prefer { get; } = new(http.Request.Headers);

    /// <summary>Absolute base, e.g. http://127.0.0.1:5000/v1.0, as the client addressed it.</summary>
    public string BaseUrl => $"{Http.Request.Scheme}://{Http.Request.Host}/v1.0";

    /// <summary>"me" or "users/{id}", to build links the way the client addressed the mailbox.</summary>
    public string UserSegment { get; } = userSegment;

    public string Method => Http.Request.Method;

    public string ContextUrl(string fragment) => $"{BaseUrl}/$metadata#users('{Mailbox.Id}')/{fragment}";

    /// <summary>A query option by name with or without the <c>$</c>.</summary>
    public string? Query(string name)
    {
        var query = Http.Request.Query;
        var value = query.TryGetValue("$" + name, out var withDollar) ? withDollar : query[name];
        var text = value.ToString();
        return text.Length == 0 ? null : text;
    }

    public IEnumerable<string> QueryNames => Http.Request.Query.Keys;

    /// <summary>The JSON body with case-insensitive property lookup; null when the body is empty.</summary>
    public async Task<JsonObject?> ReadBodyAsync()
    {
        using var reader = new StreamReader(Http.Request.Body);
        var text = await reader.ReadToEndAsync(Http.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text, CaseInsensitive) as JsonObject
                ?? throw GraphException.BadRequest("The request body must be a JSON object.", "ErrorInvalidRequest");
        }
        catch (JsonException ex)
        {
            throw GraphException.BadRequest($"Invalid JSON in the request body: {ex.Message}", "ErrorInvalidRequest");
        }
    }

    public MailFolder Folder(string idOrName) =>
        Store.Mailboxes.FindFolder(Mailbox.Id, idOrName) ?? throw GraphException.ItemNotFound();

    /// <summary>
    /// A message by its id, or by its immutable id when the request asks for those: a message's immutable id is
    /// the id it was created with, so without the preference the id it had before a move stays unknown, as in Graph.
    /// </summary>
    public StoredMessage Message(string id) =>
        Store.Messages.Find(Mailbox.Id, id)
        ?? (Prefer.ImmutableIds ? Store.Messages.FindByImmutableId(Mailbox.Id, id) : null)
        ?? throw GraphException.ItemNotFound();

    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The JSON body.</param>
    /// <param name="bodyPreferenceApplied">False where the body format preference was not honoured (lists, delta), so it is not echoed.</param>
    public Task WriteAsync(int status, JsonNode body, bool bodyPreferenceApplied = true)
    {
        Http.Response.StatusCode = status;
        if (bodyPreferenceApplied && Prefer.BodyContentType is { } type)
        {
            Http.Response.Headers["Preference-Applied"] = $"outlook.body-content-type=\"{type}\"";
        }

        return JsonResponse.WriteAsync(Http, body);
    }

    public void NoContent() => Http.Response.StatusCode = StatusCodes.Status204NoContent;
}
