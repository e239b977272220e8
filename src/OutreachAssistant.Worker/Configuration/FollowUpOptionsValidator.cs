using Microsoft.Extensions.Options;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>Keeps the policy inside the guides: one to two weeks before a follow-up, never two within days.</summary>
public sealed class FollowUpOptionsValidator : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FirstFollowUpAfter < TimeSpan.FromDays(7) || options.FirstFollowUpAfter > TimeSpan.FromDays(14))
        {
            return ValidateOptionsResult.Fail($"FollowUps:FirstFollowUpAfter must be between 7 and 14 days (was {options.FirstFollowUpAfter}).");
        }

        if (options.MinimumGap < TimeSpan.FromDays(7))
        {
            return ValidateOptionsResult.Fail($"FollowUps:MinimumGap must be at least 7 days (was {options.MinimumGap}).");
        }

        return options.MaxFollowUps is < 0 or > 3
            ? ValidateOptionsResult.Fail($"FollowUps:MaxFollowUps must be between 0 and 3 (was {options.MaxFollowUps}).")
            : ValidateOptionsResult.Success;
    }
}
