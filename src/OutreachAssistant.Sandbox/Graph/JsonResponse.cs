using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OutreachAssistant.Sandbox.Graph;

internal static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, JsonNode body)
    {
        RequestIds.Ensure(context);
        context.Response.ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
