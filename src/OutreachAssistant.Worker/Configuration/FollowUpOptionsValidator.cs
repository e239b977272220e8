using System.Text.Json;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>Keeps the policy inside the guides: one to two weeks before a follow-up, never two within days, one or two updates a year.</summary>
public sealed class FollowUpOptionsValidator : IValidateOptions<FollowUpOptions>
{
    private const string Section = FollowUpOptions.SectionName;

    private static readonly HashSet<string> KindNames = new(
        Enum.GetValues<OutreachKind>().Select(k => JsonNamingPolicy.KebabCaseLower.ConvertName(k.ToString())), StringComparer.OrdinalIgnoreCase);

    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FirstFollowUpAfter < TimeSpan.FromDays(7) || options.FirstFollowUpAfter > TimeSpan.FromDays(14))
        {
            return ValidateOptionsResult.Fail($"{Section}:FirstFollowUpAfter must be between 7 and 14 days (was {options.FirstFollowUpAfter}).");
        }

        if (options.MinimumGap < TimeSpan.FromDays(7))
        {
            return ValidateOptionsResult.Fail($"{Section}:MinimumGap must be at least 7 days (was {options.MinimumGap}).");
        }

        if (options.OutOfOfficePause < TimeSpan.FromDays(1) || options.OutOfOfficePause > TimeSpan.FromDays(60))
        {
            return ValidateOptionsResult.Fail($"{Section}:OutOfOfficePause must be between 1 and 60 days (was {options.OutOfOfficePause}).");
        }

        if (options.TooLateAfter < TimeSpan.FromDays(1) || options.TooLateAfter > TimeSpan.FromDays(60))
        {
            return ValidateOptionsResult.Fail($"{Section}:TooLateAfter must be between 1 and 60 days (was {options.TooLateAfter}).");
        }

        if (options.KeepInTouch.TooLateAfter < TimeSpan.FromDays(1) || options.KeepInTouch.TooLateAfter > TimeSpan.FromDays(365))
        {
            return ValidateOptionsResult.Fail($"{Section}:KeepInTouch:TooLateAfter must be between 1 and 365 days (was {options.KeepInTouch.TooLateAfter}).");
        }

        // The guides: keep mentors updated one to two times a year.
        if (options.KeepInTouch.After < TimeSpan.FromDays(60) || options.KeepInTouch.After > TimeSpan.FromDays(365))
        {
            return ValidateOptionsResult.Fail($"{Section}:KeepInTouch:After must be between 60 and 365 days (was {options.KeepInTouch.After}).");
        }

        if (options.KeepInTouch.MaxPerYear is < 1 or > 2)
        {
            return ValidateOptionsResult.Fail($"{Section}:KeepInTouch:MaxPerYear must be 1 or 2, as the guides say 1–2 updates a year (was {options.KeepInTouch.MaxPerYear}).");
        }

        if (options.MaxPerDay is < 1 or > 1000)
        {
            return ValidateOptionsResult.Fail($"{Section}:MaxPerDay must be between 1 and 1000 (was {options.MaxPerDay}).");
        }

        if (options.KeepInTouch.MaxPerDay is < 1 or > 20)
        {
            return ValidateOptionsResult.Fail($"{Section}:KeepInTouch:MaxPerDay must be between 1 and 20 (was {options.KeepInTouch.MaxPerDay}).");
        }

        if (options.YourTurnAfter is < 1 or > 10)
        {
            return ValidateOptionsResult.Fail($"{Section}:YourTurnAfter must be between 1 and 10 working days (was {options.YourTurnAfter}).");
        }

        if (string.IsNullOrWhiteSpace(options.StopCategory) || string.IsNullOrWhiteSpace(options.YourTurnCategory))
        {
            return ValidateOptionsResult.Fail($"{Section}:{(string.IsNullOrWhiteSpace(options.StopCategory) ? "StopCategory" : "YourTurnCategory")} must name an Outlook category (was empty).");
        }

        if (string.Equals(options.StopCategory, options.YourTurnCategory, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"{Section}:YourTurnCategory must differ from {Section}:StopCategory (both were \"{options.StopCategory}\"): the service's own mark would stop the thread.");
        }

        foreach (var (kind, settings) in options.Kinds)
        {
            if (!KindNames.Contains(kind))
            {
                return ValidateOptionsResult.Fail($"{Section}:Kinds:{kind} is not an outreach kind (one of {string.Join(", ", KindNames)}).");
            }

            if (settings.MaxFollowUps is < 0 or > 3)
            {
                return ValidateOptionsResult.Fail($"{Section}:Kinds:{kind}:MaxFollowUps must be between 0 and 3 (was {settings.MaxFollowUps}).");
            }
        }

        return options.MaxFollowUps is < 0 or > 3
            ? ValidateOptionsResult.Fail($"{Section}:MaxFollowUps must be between 0 and 3 (was {options.MaxFollowUps}).")
            : ValidateOptionsResult.Success;
    }
}
