using OpenTelemetry.Exporter;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>Where the service sends its metrics and traces over OTLP. Bound from <c>Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>
    /// An OpenTelemetry collector's OTLP address (<c>http://collector:4317</c> for gRPC, <c>http://collector:4318</c>
    /// for HTTP); <c>outreach run</c> sends it the metrics and traces. Empty sends nothing. <value>Default: empty (off).</value>
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    /// <summary>How OTLP is spoken to <see cref="OtlpEndpoint"/>: <c>Grpc</c> or <c>HttpProtobuf</c>. <value>Default: <c>Grpc</c>.</value></summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;
}
