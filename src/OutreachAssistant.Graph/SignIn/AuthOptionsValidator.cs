using Microsoft.Extensions.Options;

namespace OutreachAssistant.Graph.SignIn;

/// <summary>Checks sign-in settings when a real Graph endpoint is used; the sandbox needs none.</summary>
public sealed class AuthOptionsValidator(IOptions<GraphOptions> graph, ITokenCacheEncryption encryption) : IValidateOptions<AuthOptions>
{
    private const string Auth = AuthOptions.SectionName;

    private const string AccessToken = $"{GraphOptions.SectionName}:{nameof(GraphOptions.AccessToken)}";

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        GraphOptions graphOptions;
        try
        {
            graphOptions = graph.Value;
        }
        catch (OptionsValidationException)
        {
            // Bad Graph settings are reported once, by their own validator.
            return ValidateOptionsResult.Success;
        }

        if (graphOptions.Mode != GraphConnectionMode.Remote)
        {
            return ValidateOptionsResult.Success;
        }

        var problem = options.Mode switch
        {
            AuthMode.AccessToken when string.IsNullOrWhiteSpace(graphOptions.AccessToken) =>
                $"{AccessToken} is required when {Auth}:Mode is AccessToken; set it in the environment as {GraphOptions.SectionName}__{nameof(GraphOptions.AccessToken)}.",
            not AuthMode.AccessToken and not AuthMode.ManagedIdentity when string.IsNullOrWhiteSpace(options.ClientId) =>
                $"{Auth}:{nameof(AuthOptions.ClientId)} is required: the application (client) id of your app registration (see deploy/entra/README.md).",
            AuthMode.ClientSecret when string.IsNullOrWhiteSpace(options.ClientSecret) =>
                $"{Auth}:{nameof(AuthOptions.ClientSecret)} is required when {Auth}:Mode is ClientSecret; set it in the environment as {Auth}__{nameof(AuthOptions.ClientSecret)}.",
            AuthMode.ClientCertificate when options.CertificatePath is null || !File.Exists(options.CertificatePath) =>
                $"{Auth}:{nameof(AuthOptions.CertificatePath)} must name an existing certificate file (was \"{options.CertificatePath}\").",
            AuthMode.DeviceCode when !options.AllowUnencryptedTokenCache && !encryption.IsAvailable =>
                $"{Auth}:{nameof(AuthOptions.AllowUnencryptedTokenCache)}: this system offers no token cache encryption (libsecret with a keyring is missing); install one, or set it to true to keep the cache in a file protected only by its permissions.",
            _ => null,
        };
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
    }
}
