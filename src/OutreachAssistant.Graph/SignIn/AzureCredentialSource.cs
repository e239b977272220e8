using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace OutreachAssistant.Graph.SignIn;

/// <summary>Azure.Identity credentials for each sign-in mode, with the token cache persisted for device code.</summary>
public sealed class AzureCredentialSource(AuthOptions options, AuthenticationRecordStore records) : ICredentialSource
{
    public const string TokenCacheName = "outreach-assistant";

    public async Task<TokenCredential> ForServiceAsync(CancellationToken cancellationToken)
    {
        switch (options.Mode)
        {
            case AuthMode.DeviceCode:
                var record = await records.LoadAsync(cancellationToken);
                return record is null ? new SignInRequiredCredential() : new DeviceCodeCredential(DeviceCodeOptions(record, prompt: null));
            case AuthMode.ClientSecret:
                return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
            case AuthMode.ClientCertificate:
                return new ClientCertificateCredential(options.TenantId, options.ClientId, LoadCertificate(options.CertificatePath!));
            case AuthMode.ManagedIdentity:
                return options.ManagedIdentityClientId is { } id
                    ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(id))
                    : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
            default:
                throw new InvalidOperationException($"{AuthOptions.SectionName}:Mode {options.Mode} has no credential; it uses {GraphOptions.SectionName}:{nameof(GraphOptions.AccessToken)}.");
        }
    }

    public async Task<AuthenticationRecord> SignInAsync(Func<DeviceCodeInfo, CancellationToken, Task> showCode, CancellationToken cancellationToken)
    {
        var credential = new DeviceCodeCredential(DeviceCodeOptions(record: null, showCode));
        var record = await credential.AuthenticateAsync(new TokenRequestContext([.. GraphScopes.For(options)]), cancellationToken);
        await records.SaveAsync(record, cancellationToken);
        return record;
    }

    /// <summary>The options the service and the login share, so both find the same account in the same cache.</summary>
    public DeviceCodeCredentialOptions DeviceCodeOptions(AuthenticationRecord? record, Func<DeviceCodeInfo, CancellationToken, Task>? prompt)
    {
        var result = new DeviceCodeCredentialOptions
        {
            ClientId = options.ClientId,
            TenantId = options.TenantId,
            AuthenticationRecord = record,

            // The service never prompts; only `outreach login` does.
            DisableAutomaticAuthentication = prompt is null,
            TokenCachePersistenceOptions = new TokenCachePersistenceOptions
            {
                Name = TokenCacheName,
                UnsafeAllowUnencryptedStorage = options.AllowUnencryptedTokenCache,
            },
        };
        if (prompt is not null)
        {
            result.DeviceCodeCallback = prompt;
        }

        return result;
    }

    private static X509Certificate2 LoadCertificate(string path) =>
        path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, Environment.GetEnvironmentVariable(AuthOptions.CertificatePasswordVariable));
}
