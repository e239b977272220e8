namespace OutreachAssistant.Graph.SignIn;

/// <summary>Whether this machine can encrypt the token cache (DPAPI, the macOS keychain, libsecret).</summary>
public interface ITokenCacheEncryption
{
    bool IsAvailable { get; }
}
