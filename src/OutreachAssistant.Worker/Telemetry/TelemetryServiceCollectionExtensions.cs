using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Health;

namespace OutreachAssistant.Worker.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The OpenTelemetry service name, as collectors and dashboards list it.</summary>
    public const string ServiceName = "outreach-assistant";

    /// <summary>
    /// For the service: OpenTelemetry's metrics (and traces, when they have somewhere to go) with the Prometheus
    /// exporter behind <c>Health:Url</c> and OTLP to <c>Telemetry:OtlpEndpoint</c>, and the health server. With both
    /// settings empty nothing at all is added: the instruments in our code then cost nothing, as nobody listens.
    /// A setting that is not valid adds nothing either; its validator stops start-up naming it.
    /// </summary>
    public static IServiceCollection AddOutreachTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var health = configuration.GetSection(HealthOptions.SectionName).Get<HealthOptions>() ?? new HealthOptions();
        var telemetry = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var serve = health.IsEnabled && HealthOptions.EndPointOf(health.Url) is not null;
        var collector = telemetry.IsEnabled ? TelemetryOptionsValidator.EndpointOf(telemetry.OtlpEndpoint) : null;
        if (!serve && collector is null)
        {
            return services;
        }

        var otel = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(ServiceName));
        otel.WithMetrics(metrics =>
        {
            metrics.AddMeter(OutreachMetrics.MeterName, GraphMetrics.MeterName);
            if (serve)
            {
                metrics.AddPrometheusExporter();
            }

            if (collector is not null)
            {
                metrics.AddOtlpExporter(o => Point(o, collector, telemetry.OtlpProtocol, "v1/metrics"));
            }
        });
        if (collector is not null)
        {
            otel.WithTracing(tracing => tracing
                .AddSource(OutreachActivities.SourceName)
                .AddOtlpExporter(o => Point(o, collector, telemetry.OtlpProtocol, "v1/traces")));
        }

        if (serve)
        {
            services.AddSingleton<ReadinessCheck>();
            services.AddHostedService<HealthServer>();
        }

        return services;
    }

    /// <summary>Over HTTP each signal has its own path under the collector's address; gRPC takes the address as it is.</summary>
    private static void Point(OtlpExporterOptions options, Uri collector, OtlpExportProtocol protocol, string signalPath)
    {
        options.Protocol = protocol;
        options.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(new Uri(collector.ToString().TrimEnd('/') + "/"), signalPath) : collector;
    }
}
