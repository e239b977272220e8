using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OutreachAssistant.Sandbox.Admin;
using OutreachAssistant.Sandbox.Faults;
using OutreachAssistant.Sandbox.Graph;
using OutreachAssistant.Sandbox.Graph.Batch;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox;

/// <summary>
/// The one request handler: requests run one at a time (a sandbox favours simple consistency over throughput),
/// and every failure becomes a Graph error body. Slow and timeout faults wait outside the gate.
/// </summary>
internal sealed class SandboxApp : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TimeProvider clock;
    private readonly GraphEndpoint graph;
    private readonly AdminEndpoint admin;
    private readonly CancellationToken stopping;

    public SandboxApp(SandboxDatabase database, TimeProvider clock, string accessToken, SandboxBehaviourSwitch behaviour, CancellationToken stopping)
    {
        this.clock = clock;
        this.stopping = stopping;
        var faults = new FaultInjector(clock);
        graph = new GraphEndpoint(database, clock, accessToken, faults, behaviour);
        admin = new AdminEndpoint(database, clock, faults, behaviour);
    }

    public async Task HandleAsync(HttpContext context)
    {
        FaultContext.MarkArrival(context);
        await HandleGatedAsync(context);

        // A stalled request waits without the gate, so other mailboxes are served meanwhile.
        if (FaultContext.TakeStall(context) is { } stall)
        {
            if (await stall.WaitAsync(context.RequestAborted, stopping))
            {
                await HandleGatedAsync(context);
            }
            else
            {
                context.Abort();
            }
        }
    }

    private async Task HandleGatedAsync(HttpContext context)
    {
        await gate.WaitAsync(context.RequestAborted);
        try
        {
            await HandleOneAsync(context);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Handles one request (also each request of a $batch) while the gate is held.</summary>
    private async Task HandleOneAsync(HttpContext context)
    {
        try
        {
            RequestIds.Ensure(context);
            var segments = PathSegments.Parse(context.Request.Path.Value ?? "/");
            if (segments is [var v, var batch] && v.Is("v1.0") && batch.Is("$batch"))
            {
                await BatchEndpoint.HandleAsync(context, HandleOneAsync);
            }
            else if (segments is [var version, .. var graphPath] && version.Is("v1.0"))
            {
                await graph.HandleAsync(context, graphPath);
            }
            else if (segments is [var root, .. var adminPath] && root.Is("admin"))
            {
                await admin.HandleAsync(context, adminPath);
            }
            else
            {
                throw new GraphException(404, "NotFound", $"The sandbox serves /v1.0 and /admin, not '{context.Request.Path}'.");
            }
        }
        catch (GraphException ex)
        {
            await GraphErrorWriter.WriteAsync(context, clock, ex.StatusCode, ex.Code, ex.Message);
        }
        catch (JsonException ex)
        {
            await GraphErrorWriter.WriteAsync(context, clock, 400, "BadRequest", ex.Message);
        }
        catch (SandboxSeedException ex)
        {
            await GraphErrorWriter.WriteAsync(context, clock, 400, "ErrorInvalidRequest", ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await GraphErrorWriter.WriteAsync(context, clock, 500, "generalException", ex.Message);
        }
    }

    public void Dispose() => gate.Dispose();
}
