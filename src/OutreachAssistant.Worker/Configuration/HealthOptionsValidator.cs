using Microsoft.Extensions.Options;

namespace OutreachAssistant.Worker.Configuration;

public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return !options.IsEnabled || HealthOptions.EndPointOf(options.Url) is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{HealthOptions.SectionName}:Url must be http://ADDRESS:PORT with an IP address or localhost and a port, e.g. http://127.0.0.1:5080, or empty for none (was {options.Url}).");
    }
}
