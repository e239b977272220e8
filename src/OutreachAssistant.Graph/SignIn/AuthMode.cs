namespace OutreachAssistant.Graph.SignIn;

/// <summary>How the service proves who it is to Microsoft Graph.</summary>
public enum AuthMode
{
    /// <summary>One user signs in once with <c>outreach login</c> (device code); the service then runs silently.</summary>
    DeviceCode,

    /// <summary>App-only with a client secret from the environment, for an office's mailboxes.</summary>
    ClientSecret,

    /// <summary>App-only with a certificate file.</summary>
    ClientCertificate,

    /// <summary>App-only with the managed identity of an Azure host.</summary>
    ManagedIdentity,

    /// <summary>A bearer token given in the environment (<c>Graph__AccessToken</c>), for trials and the sandbox.</summary>
    AccessToken,
}
