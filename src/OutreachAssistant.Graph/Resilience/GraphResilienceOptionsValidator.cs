using Microsoft.Extensions.Options;

namespace OutreachAssistant.Graph.Resilience;

public sealed class GraphResilienceOptionsValidator : IValidateOptions<GraphResilienceOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string key = GraphResilienceOptions.SectionName;

        // Outlook allows 4 concurrent requests per mailbox; more only earns 429s.
        if (options.MaxConcurrentRequestsPerMailbox is < 1 or > 4)
        {
            return ValidateOptionsResult.Fail($"{key}:MaxConcurrentRequestsPerMailbox must be between 1 and 4 (was {options.MaxConcurrentRequestsPerMailbox}).");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            return ValidateOptionsResult.Fail($"{key}:MaxRetries must be between 0 and 10 (was {options.MaxRetries}).");
        }

        if (options.AttemptTimeout < TimeSpan.FromSeconds(1) || options.BaseDelay <= TimeSpan.Zero || options.BreakDuration < TimeSpan.FromSeconds(1))
        {
            return ValidateOptionsResult.Fail($"{key}: AttemptTimeout and BreakDuration must be at least 1 second and BaseDelay positive.");
        }

        // A whole request spans every attempt; a shorter limit would end the last ones before their own timeout.
        if (options.RequestTimeout is { } total && total < options.AttemptTimeout * (options.MaxRetries + 1))
        {
            return ValidateOptionsResult.Fail($"{key}:RequestTimeout must be at least AttemptTimeout × (MaxRetries + 1) (was {total}), or left empty for no overall limit.");
        }

        return options.FailureRatio is <= 0 or > 1 || options.MinimumThroughput < 2
            ? ValidateOptionsResult.Fail($"{key}:FailureRatio must be in (0, 1] and MinimumThroughput at least 2.")
            : ValidateOptionsResult.Success;
    }
}
