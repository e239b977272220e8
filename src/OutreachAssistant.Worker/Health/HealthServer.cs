using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Health;

/// <summary>
/// Serves <c>/healthz/live</c>, <c>/healthz/ready</c> and <c>/metrics</c> on <see cref="HealthOptions.Url"/>: Kestrel with
/// nothing but these three (no routing, no host defaults), beside the service rather than around it, so that without
/// <c>Health:Url</c> the service builds no web server at all. It is registered before the service's own start-up, so
/// <c>live</c> answers while migrations run or the data folder is awaited.
/// </summary>
public sealed partial class HealthServer(
    IOptions<HealthOptions> options,
    ReadinessCheck readiness,
    MeterProvider meters,
    ILogger<HealthServer> logger) : IHostedService, IAsyncDisposable
{
    public const string LivePath = "/healthz/live";

    public const string ReadyPath = "/healthz/ready";

    public const string MetricsPath = "/metrics";

    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var url = options.Value.Url;
        var endPoint = HealthOptions.EndPointOf(url) ?? throw new InvalidOperationException($"{HealthOptions.SectionName}:Url was validated at start.");
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(endPoint));
        var web = builder.Build();
        web.UseOpenTelemetryPrometheusScrapingEndpoint(meters, context => context.Request.Path == MetricsPath, path: null, configureBranchedPipeline: null, optionsName: null);
        web.Run(HandleAsync);
        try
        {
            await web.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            await web.DisposeAsync();

            // An address in use or not on this machine: a setting to change, said in one line like any bad setting.
            throw new OptionsValidationException(HealthOptions.SectionName, typeof(HealthOptions), [$"{HealthOptions.SectionName}:Url {url} cannot be listened on: {ex.Message}"]);
        }

        app = web;
        LogListening(logger, url!);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        switch (context.Request.Path.Value)
        {
            case LivePath:
                // The process answers: that is all liveness asks. A stuck database or mailbox is readiness's business.
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("live\n", context.RequestAborted);
                break;
            case ReadyPath:
                var report = await readiness.CheckAsync(context.RequestAborted);
                response.StatusCode = report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
                response.ContentType = "application/json; charset=utf-8";
                await response.WriteAsync(report.ToJson(), context.RequestAborted);
                break;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    [LoggerMessage(EventId = 150, Level = LogLevel.Information, Message = "Health and metrics at {Url}: /healthz/live, /healthz/ready, /metrics")]
    private static partial void LogListening(ILogger logger, string url);
}
