using Microsoft.Extensions.Configuration;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Lint;

/// <summary>The settings lint reads from appsettings.json and the environment: <c>Etiquette</c> and <c>Outreach:Detection</c>.</summary>
public sealed record LintSettings(EtiquetteOptions Etiquette, OutreachDetectionOptions Detection)
{
    /// <summary>
    /// Reads the settings the way the host does: the shipped appsettings.json beside the program, the user's own
    /// file over it (<see cref="OutreachLocations.ForUser"/>), then the environment; or, given a content root, its
    /// appsettings.json alone.
    /// </summary>
    /// <exception cref="LintSettingsException">A file cannot be read, a value cannot be converted or a rule setting is wrong; the message names the file or key.</exception>
    public static LintSettings Load(string? contentRoot = null)
    {
        IConfiguration configuration;
        try
        {
            var files = (contentRoot is null ? OutreachLocations.ForUser() : OutreachLocations.In(contentRoot)).Settings;
            var builder = new ConfigurationBuilder().AddJsonFile(files.Shipped, optional: true);
            if (files.User is not null)
            {
                builder.AddJsonFile(files.User, optional: !files.UserIsRequired);
            }

            configuration = builder.AddEnvironmentVariables().Build();
        }
        catch (SettingsFileException ex)
        {
            throw new LintSettingsException(ex.Message, ex);
        }
        catch (InvalidDataException ex)
        {
            throw new LintSettingsException(SettingsFileException.Unreadable(ex).Message, ex);
        }

        if (EtiquetteSettingsCheck.FirstError(configuration) is { } unreadable)
        {
            throw new LintSettingsException(unreadable);
        }

        try
        {
            var etiquette = configuration.GetSection(EtiquetteOptions.SectionName).Get<EtiquetteOptions>() ?? new EtiquetteOptions();
            var detection = configuration.GetSection(OutreachDetectionOptions.SectionName).Get<OutreachDetectionOptions>() ?? new OutreachDetectionOptions();
            var errors = EtiquetteOptionsValidator.Validate(etiquette);
            return errors.Count > 0 ? throw new LintSettingsException(errors[0]) : new LintSettings(etiquette, detection);
        }
        catch (InvalidOperationException ex)
        {
            // The binder names the key and the value it could not convert.
            throw new LintSettingsException(ex.Message, ex);
        }
    }
}
