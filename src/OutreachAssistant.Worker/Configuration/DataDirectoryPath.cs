using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>
/// Turns <c>Storage:DataDirectory</c> into the folder in use: empty means the per-user data folder, <c>~/</c> the
/// home folder. A relative path is refused: it would name another folder from each folder a command runs in, and
/// so silently start a second state.
/// </summary>
public static class DataDirectoryPath
{
    public const string Key = $"{StorageOptions.SectionName}:{nameof(StorageOptions.DataDirectory)}";

    /// <exception cref="OptionsValidationException">The value is relative, or empty where no per-user folder is known; the message names the key.</exception>
    public static string Resolve(string? configured, string defaultFolder)
    {
        ArgumentNullException.ThrowIfNull(defaultFolder);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return defaultFolder.Length > 0
                ? Path.GetFullPath(defaultFolder)
                : throw Invalid($"{Key} is empty and this system names no per-user data folder (is HOME set?); set {Key} to a full path.");
        }

        var value = configured.Trim();
        if (value == "~" || value.StartsWith("~/", StringComparison.Ordinal))
        {
            value = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify), value.TrimStart('~').TrimStart('/'));
        }

        return Path.IsPathFullyQualified(value)
            ? Path.GetFullPath(value)
            : throw Invalid($"{Key} must be a full path (was \"{configured}\"): a relative one would name another folder from each folder outreach runs in. "
                + $"Leave it empty for the per-user data folder{(defaultFolder.Length > 0 ? $" ({defaultFolder})" : string.Empty)}.");
    }

    private static OptionsValidationException Invalid(string message) => new(Key, typeof(StorageOptions), [message]);
}
