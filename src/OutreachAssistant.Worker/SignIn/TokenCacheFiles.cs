namespace OutreachAssistant.Worker.SignIn;

/// <summary>Azure.Identity keeps a persisted cache under the user's local application data, in ".IdentityService".</summary>
public static class TokenCacheFiles
{
    public static string Folder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), ".IdentityService");

    /// <returns>How many files were removed.</returns>
    public static int Delete(string cacheName)
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }

        var files = Directory.GetFiles(Folder, cacheName + "*");
        foreach (var file in files)
        {
            File.Delete(file);
        }

        return files.Length;
    }
}
