using Microsoft.Extensions.Options;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.SignIn;

namespace OutreachAssistant.Worker.SignIn;

/// <summary>
/// <c>outreach login</c> and <c>outreach logout</c>: the one interactive step (a device code), after which
/// the service runs unattended from the persisted token cache and the saved authentication record.
/// </summary>
public sealed class SignInService(
    IOptions<AuthOptions> auth,
    IOptions<GraphOptions> graph,
    ICredentialSource credentials,
    AuthenticationRecordStore records)
{
    public async Task<int> LoginAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (graph.Value.Mode == GraphConnectionMode.Sandbox)
        {
            await output.WriteLineAsync($"The embedded sandbox needs no sign-in. To sign in to Outlook, set {GraphOptions.SectionName}:Mode to Remote and {AuthOptions.SectionName}:ClientId first.");
            return 0;
        }

        if (auth.Value.Mode != AuthMode.DeviceCode)
        {
            await output.WriteLineAsync($"{AuthOptions.SectionName}:Mode is {auth.Value.Mode}: the service signs in by itself; `outreach login` is for DeviceCode.");
            return 0;
        }

        var record = await credentials.SignInAsync((code, _) => output.WriteLineAsync(code.Message), cancellationToken);
        await output.WriteLineAsync($"Signed in as {record.Username}. The service can now run unattended; `outreach logout` signs out.");
        return 0;
    }

    public async Task<int> LogoutAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var removed = records.Delete();
        var cacheFiles = TokenCacheFiles.Delete(AzureCredentialSource.TokenCacheName);
        await output.WriteLineAsync(removed || cacheFiles > 0
            ? $"Signed out: removed the sign-in record and {cacheFiles} token cache file(s). Tokens kept in a system keyring are removed with it by name \"{AzureCredentialSource.TokenCacheName}\"."
            : "Nobody was signed in.");
        return 0;
    }
}
