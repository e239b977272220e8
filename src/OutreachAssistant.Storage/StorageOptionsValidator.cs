using Microsoft.Extensions.Options;

namespace OutreachAssistant.Storage;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (new StorageDatabase(options.Provider, options.ConnectionString.Trim()).Problem() is { } problem)
        {
            return ValidateOptionsResult.Fail(problem);
        }

        // Zero means "do not wait"; beyond an hour a cron job would pile up behind a stuck run unnoticed.
        return options.LockTimeout < TimeSpan.Zero || options.LockTimeout > Longest
            ? ValidateOptionsResult.Fail($"{StorageOptions.SectionName}:{nameof(StorageOptions.LockTimeout)} must be between 00:00:00 and {Longest} (was {options.LockTimeout}).")
            : ValidateOptionsResult.Success;
    }
}
