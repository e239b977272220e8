using System.Diagnostics;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// Whether this machine lets an unprivileged user namespace mount a tmpfs and remount it read-only: how the
/// tests make a read-only or a full data folder even when they run as root, whom permissions never stop.
/// </summary>
public static class MountNamespace
{
    private static readonly Lazy<string?> Missing = new(Probe);

    /// <summary>Null when it works, else why not.</summary>
    public static string? WhyUnavailable => Missing.Value;

    private static string? Probe()
    {
        var folder = Directory.CreateTempSubdirectory("outreach-unshare-probe-").FullName;
        try
        {
            var start = new ProcessStartInfo("unshare")
            {
                ArgumentList = { "-rm", "sh", "-c", $"mount -t tmpfs -o size=64k tmpfs '{folder}' && mount -o remount,ro '{folder}'" },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"unshare -rm with a tmpfs mount failed (exit {process.ExitCode}): {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"unshare cannot be run: {ex.Message}";
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
