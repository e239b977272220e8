using Microsoft.Extensions.Options;

namespace OutreachAssistant.Worker.Configuration;

public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return !options.IsEnabled || EndpointOf(options.OtlpEndpoint) is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{TelemetryOptions.SectionName}:OtlpEndpoint must be an http or https address, e.g. http://collector:4317, or empty for none (was {options.OtlpEndpoint}).");
    }

    /// <summary>The collector's address, or null when the setting is not an http or https address.</summary>
    public static Uri? EndpointOf(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
