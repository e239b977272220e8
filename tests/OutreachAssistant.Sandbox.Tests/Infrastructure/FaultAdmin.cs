using System.Net;
using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Tests.Infrastructure;

/// <summary>Shortcuts for the sandbox's <c>/admin/faults</c> routes.</summary>
public static class FaultAdmin
{
    public static async Task InjectFaultAsync(this TestSandbox sandbox, string json)
    {
        using var response = await sandbox.SendAsync(HttpMethod.Post, $"{sandbox.Server.AdminUrl}/faults", json);
        response.EnsureSuccessStatusCode();
    }

    public static async Task ClearFaultsAsync(this TestSandbox sandbox)
    {
        using var response = await sandbox.SendAsync(HttpMethod.Delete, $"{sandbox.Server.AdminUrl}/faults", null);
        response.EnsureSuccessStatusCode();
    }

    public static Task<JsonObject> FaultStatsAsync(this TestSandbox sandbox) =>
        sandbox.GetJsonAsync($"{sandbox.Server.AdminUrl}/faults/stats");

    /// <summary>A per-mailbox stats counter; 0 when the mailbox is not listed.</summary>
    public static int Stat(this JsonObject stats, string counter, string mailbox) =>
        (int?)stats[counter]?[mailbox] ?? 0;

    /// <summary>GET with a mailbox's own token, so <c>/me</c> is that mailbox.</summary>
    public static async Task<HttpStatusCode> GetStatusAsync(
        this TestSandbox sandbox, string relative, string? token = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, sandbox.Url(relative));
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await sandbox.Http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }
}
