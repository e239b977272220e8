using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace OutreachAssistant.Storage;

/// <summary>
/// The state file's schema, stamped in SQLite's <c>user_version</c> as a fingerprint of the script that
/// creates it. A file made by a build with another schema is then refused with a clear message, instead of
/// failing later on a missing column.
/// </summary>
public static class StateSchema
{
    /// <summary>31 bits of the script's SHA-256, never 0: 0 is what SQLite reports for a file never stamped.</summary>
    public static int FingerprintOf(string createScript)
    {
        ArgumentNullException.ThrowIfNull(createScript);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(createScript.ReplaceLineEndings("\n")));
        var fingerprint = BinaryPrimitives.ReadInt32BigEndian(hash) & int.MaxValue;
        return fingerprint == 0 ? 1 : fingerprint;
    }
}
