using Azure.Identity;

namespace OutreachAssistant.Graph.SignIn;

/// <summary>
/// The record of who signed in, kept beside the data so the service can find that account in the token
/// cache without asking again. It holds no token.
/// </summary>
public sealed class AuthenticationRecordStore(string path)
{
    public string Path { get; } = path;

    public bool Exists => File.Exists(Path);

    public async Task<AuthenticationRecord?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!Exists)
        {
            return null;
        }

        await using var stream = File.OpenRead(Path);
        return await AuthenticationRecord.DeserializeAsync(stream, cancellationToken);
    }

    public async Task SaveAsync(AuthenticationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var stream = File.Create(Path);
        await record.SerializeAsync(stream, cancellationToken);
    }

    public bool Delete()
    {
        if (!Exists)
        {
            return false;
        }

        File.Delete(Path);
        return true;
    }
}
