using Microsoft.Extensions.Configuration;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Etiquette;

namespace OutreachAssistant.Worker.Lint;

/// <summary>The settings lint reads from appsettings.json and the environment: <c>Etiquette</c> and <c>Outreach:Detection</c>.</summary>
public sealed record LintSettings(EtiquetteOptions Etiquette, OutreachDetectionOptions Detection)
{
    /// <summary>Reads the settings the way the host does: appsettings.json in the working directory, else beside the program.</summary>
    /// <exception cref="LintSettingsException">A value cannot be converted or a rule setting is wrong; the message names the key.</exception>
    public static LintSettings Load(string? contentRoot = null)
    {
        var root = contentRoot
            ?? (File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? Directory.GetCurrentDirectory() : AppContext.BaseDirectory);
        var configuration = new ConfigurationBuilder()
            .SetBasePath(root)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
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
