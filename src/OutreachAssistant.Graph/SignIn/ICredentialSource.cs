using Azure.Core;
using Azure.Identity;

namespace OutreachAssistant.Graph.SignIn;

/// <summary>Where credentials come from; a seam so sign-in can be tested without a network.</summary>
public interface ICredentialSource
{
    /// <summary>The service's credential. It never prompts: when sign-in is needed it throws <see cref="AuthenticationRequiredException"/>.</summary>
    Task<TokenCredential> ForServiceAsync(CancellationToken cancellationToken);

    /// <summary>Signs the user in interactively (device code) and saves the record; for <c>outreach login</c>.</summary>
    Task<AuthenticationRecord> SignInAsync(Func<DeviceCodeInfo, CancellationToken, Task> showCode, CancellationToken cancellationToken);
}
