using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Digest;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>The digest's subject must say something; its day must be a day of the week.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Subject))
        {
            return ValidateOptionsResult.Fail($"{DigestOptions.SectionName}:Subject must open the digest's subject (it was empty).");
        }

        return Enum.IsDefined(options.Day)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{DigestOptions.SectionName}:Day must be a day of the week, e.g. Monday (it was {(int)options.Day}).");
    }
}
