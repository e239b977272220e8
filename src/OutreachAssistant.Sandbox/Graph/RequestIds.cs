using Microsoft.AspNetCore.Http;

namespace OutreachAssistant.Sandbox.Graph;

/// <summary>request-id / client-request-id response headers; the client's id is echoed.</summary>
internal sealed record RequestIds(string RequestId, string ClientRequestId)
{
    private const string ItemKey = "sandbox.request-ids";

    public static RequestIds Ensure(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var existing) && existing is RequestIds ids)
        {
            return ids;
        }

        var requestId = Guid.NewGuid().ToString();
        var client = context.Request.Headers["client-request-id"].ToString();
        ids = new RequestIds(requestId, string.IsNullOrEmpty(client) ? requestId : client);
        context.Items[ItemKey] = ids;
        context.Response.Headers["request-id"] = ids.RequestId;
        context.Response.Headers["client-request-id"] = ids.ClientRequestId;
        return ids;
    }
}
