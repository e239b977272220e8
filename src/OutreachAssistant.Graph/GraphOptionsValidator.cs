using Microsoft.Extensions.Options;

namespace OutreachAssistant.Graph;

public sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PageSize is < 1 or > 1000)
        {
            return ValidateOptionsResult.Fail($"{GraphOptions.SectionName}:{nameof(GraphOptions.PageSize)} must be between 1 and 1000 (was {options.PageSize}).");
        }

        if (options.Mode == GraphConnectionMode.Remote && options.BaseUrl.Scheme != Uri.UriSchemeHttps && !options.BaseUrl.IsLoopback)
        {
            return ValidateOptionsResult.Fail($"{GraphOptions.SectionName}:{nameof(GraphOptions.BaseUrl)} must use https unless it is a loopback address (was {options.BaseUrl}).");
        }

        return ValidateOptionsResult.Success;
    }
}
