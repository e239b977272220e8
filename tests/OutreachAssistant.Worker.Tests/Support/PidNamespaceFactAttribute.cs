using System.Diagnostics;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// A fact that runs the program as process 1 of a PID namespace of its own (<c>unshare -rpf</c>), as a container's
/// or systemd's main process is; skipped, with the reason, where the machine does not allow it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PidNamespaceFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Missing = new(Probe);

    public PidNamespaceFactAttribute()
    {
        if (Missing.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? Probe()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("unshare")
            {
                ArgumentList = { "-rpf", "true" },
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"unshare -rpf failed (exit {process.ExitCode}): {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"unshare cannot be run: {ex.Message}";
        }
    }
}
