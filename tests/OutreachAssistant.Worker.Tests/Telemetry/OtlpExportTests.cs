using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Telemetry;

/// <summary>
/// <c>Telemetry:OtlpEndpoint</c> for real: <c>outreach run</c> on the demo mailbox sends its metrics and traces over
/// OTLP/HTTP to a collector stand-in on loopback, which keeps each request's path and protobuf body. The instrument
/// and span names are plain UTF-8 strings inside the protobuf, so the test reads them without a decoder.
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(90);
    private readonly string root = Directory.CreateTempSubdirectory("outreach-otlp-").FullName;
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> received = new();
    private WebApplication collector = null!;
    private Uri collectorUrl = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        collector = builder.Build();
        collector.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue((context.Request.Path.Value ?? string.Empty, context.Request.ContentType ?? string.Empty, body.ToArray()));
            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        await collector.StartAsync();
        collectorUrl = new Uri(collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    [Fact]
    public async Task Service_WithOtlpEndpoint_SendsTheDraftMetricsAndTheSyncAndFollowUpTraces()
    {
        var settings = ProgramRun.Environment(Path.Combine(root, "data")).ToDictionary(p => p.Key.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value);
        settings[$"{TelemetryOptions.SectionName}:OtlpEndpoint"] = collectorUrl.ToString();
        settings[$"{TelemetryOptions.SectionName}:OtlpProtocol"] = "HttpProtobuf";

        // The SDK's own variables: export every second rather than every minute, so the test need not wait.
        settings["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
        settings["OTEL_BSP_SCHEDULE_DELAY"] = "500";
        using var service = WorkerProcess.StartService(settings, root);

        await Eventually.HoldsAsync(
            () => Task.FromResult(Sent("/v1/metrics", "outreach.drafts.created") && Sent("/v1/traces", "outreach.mailbox.sync") && Sent("/v1/traces", "outreach.followup")),
            Within);

        Assert.All(received, r => Assert.Equal("application/x-protobuf", r.ContentType));
        Assert.True(Sent("/v1/metrics", "outreach.graph.requests"), service.Transcript());
        Assert.True(Sent("/v1/metrics", "outreach-assistant"), "the resource names the service");

        // Every address of the demo mailbox is at an example domain; none may travel to the collector.
        Assert.DoesNotContain(received, r => Encoding.UTF8.GetString(r.Body).Contains(".example", StringComparison.Ordinal));
        service.Terminate();
        Assert.True(await service.WaitForExitAsync(Within) == 0, service.Transcript());
    }

    public async Task DisposeAsync()
    {
        await collector.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    private bool Sent(string path, string name) =>
        received.Any(r => r.Path == path && Encoding.UTF8.GetString(r.Body).Contains(name, StringComparison.Ordinal));
}
