using System.Runtime.InteropServices;

namespace OutreachAssistant.Graph.SignIn;

/// <summary>
/// Windows always has DPAPI and macOS its keychain. Linux needs libsecret and a session bus to reach a
/// keyring, which a headless server often lacks.
/// </summary>
public sealed class SystemTokenCacheEncryption : ITokenCacheEncryption
{
    public bool IsAvailable
    {
        get
        {
            if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
            {
                return true;
            }

            if (!NativeLibrary.TryLoad("libsecret-1.so.0", out var handle))
            {
                return false;
            }

            NativeLibrary.Free(handle);
            return !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
        }
    }
}
