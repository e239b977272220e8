using Microsoft.Extensions.Options;

namespace OutreachAssistant.Worker.Configuration;

public sealed class SyncOptionsValidator : IValidateOptions<SyncOptions>
{
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(10);

    public ValidateOptionsResult Validate(string? name, SyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Graph allows 10,000 requests per 10 minutes per mailbox; polling faster than this gains nothing.
        return options.PollInterval < Shortest
            ? ValidateOptionsResult.Fail($"Sync:PollInterval must be at least {Shortest} (was {options.PollInterval}).")
            : ValidateOptionsResult.Success;
    }
}
