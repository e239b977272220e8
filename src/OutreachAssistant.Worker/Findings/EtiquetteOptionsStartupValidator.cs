using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Worker.Lint;

namespace OutreachAssistant.Worker.Findings;

/// <summary>Stops start-up on a bad <c>Etiquette</c> setting, naming its key, as <c>outreach lint</c> does.</summary>
public sealed class EtiquetteOptionsStartupValidator(IConfiguration configuration) : IValidateOptions<EtiquetteOptions>
{
    public ValidateOptionsResult Validate(string? name, EtiquetteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The binder leaves an unreadable nullable setting null without a word; read the raw text first.
        if (EtiquetteSettingsCheck.FirstError(configuration) is { } unreadable)
        {
            return ValidateOptionsResult.Fail(unreadable);
        }

        var errors = EtiquetteOptionsValidator.Validate(options);
        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors[0]) : ValidateOptionsResult.Success;
    }
}
