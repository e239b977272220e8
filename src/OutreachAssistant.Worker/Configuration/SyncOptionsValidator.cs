using Microsoft.Extensions.Options;

namespace OutreachAssistant.Worker.Configuration;

public sealed class SyncOptionsValidator : IValidateOptions<SyncOptions>
{
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(10);

    public ValidateOptionsResult Validate(string? name, SyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Graph allows 10,000 requests per 10 minutes per mailbox; polling faster than this gains nothing.
        if (options.PollInterval < Shortest)
        {
            return ValidateOptionsResult.Fail($"{SyncOptions.SectionName}:PollInterval must be at least {Shortest} (was {options.PollInterval}).");
        }

        if (options.History is { } history && history < TimeSpan.FromDays(1))
        {
            return ValidateOptionsResult.Fail($"{SyncOptions.SectionName}:History must be at least one day, or empty for the whole mailbox (was {history}).");
        }

        if (options.ProfileRefresh < TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail($"{SyncOptions.SectionName}:ProfileRefresh must not be negative (was {options.ProfileRefresh}).");
        }

        return options.MaxParallelMailboxes is < 1 or > 64
            ? ValidateOptionsResult.Fail($"{SyncOptions.SectionName}:MaxParallelMailboxes must be between 1 and 64 (was {options.MaxParallelMailboxes}).")
            : ValidateOptionsResult.Success;
    }
}
