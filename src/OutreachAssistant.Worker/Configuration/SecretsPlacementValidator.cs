using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>
/// Refuses a secret written into appsettings.json, a file that gets copied, shared and committed. Secrets
/// belong in the environment or in user secrets, which are read from elsewhere.
/// </summary>
public sealed class SecretsPlacementValidator(IConfiguration configuration) : IValidateOptions<AuthOptions>
{
    private static readonly string[] Secrets =
    [
        $"{AuthOptions.SectionName}:{nameof(AuthOptions.ClientSecret)}",
        $"{GraphOptions.SectionName}:{nameof(GraphOptions.AccessToken)}",
        AuthOptions.CertificatePasswordKey,
        StorageDatabase.ConnectionStringKey,
    ];

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return ValidateOptionsResult.Success;
        }

        var settingsFiles = root.Providers.OfType<JsonConfigurationProvider>()
            .Where(p => p.Source.Path is { } path && Path.GetFileName(path).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase));
        foreach (var file in settingsFiles)
        {
            foreach (var key in Secrets)
            {
                if (file.TryGet(key, out var value) && !string.IsNullOrEmpty(value))
                {
                    // The environment names a key with __ for each :, which not every shell takes in a name.
                    var environment = key.Replace(":", "__", StringComparison.Ordinal);
                    return ValidateOptionsResult.Fail(
                        $"{key} must not be written in {file.Source.Path}: set it in the environment as {environment} or with `dotnet user-secrets`, and remove it from the file.");
                }
            }
        }

        return ValidateOptionsResult.Success;
    }
}
