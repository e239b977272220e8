using System.Diagnostics;

namespace OutreachAssistant.Worker.Tests.Crash;

/// <summary>
/// <c>outreach run --once</c> as a real child process (the built program beside the tests), its settings in
/// the environment, its output lines gathered as they come, so a test can kill it at a chosen line.
/// </summary>
internal sealed class WorkerRun : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly SemaphoreSlim changed = new(0);

    private WorkerRun(Process process) => this.process = process;

    public static Task<WorkerRun> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            // Not the repository: the program then finds its appsettings.json and seeds beside itself.
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "outreach.dll"));
        info.ArgumentList.Add("run");
        info.ArgumentList.Add("--once");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var run = new WorkerRun(new Process { StartInfo = info });
        run.process.OutputDataReceived += (_, e) => run.Add(e.Data);
        run.process.ErrorDataReceived += (_, e) => run.Add(e.Data);
        run.process.Start();
        run.process.BeginOutputReadLine();
        run.process.BeginErrorReadLine();
        return Task.FromResult(run);
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>Waits until <paramref name="text"/> has been printed <paramref name="occurrence"/> times, or the run ended.</summary>
    public async Task WaitForLineAsync(string text, int occurrence, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (Lines.Count(l => l.Contains(text, StringComparison.Ordinal)) < occurrence && !process.HasExited)
        {
            await changed.WaitAsync(TimeSpan.FromMilliseconds(50), cancel.Token);
        }
    }

    /// <summary>SIGKILL, as a power cut or the OOM killer would end it: no handler runs.</summary>
    /// <returns>Whether the process was still running.</returns>
    public bool KillNine()
    {
        if (process.HasExited)
        {
            return false;
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return true;
    }

    /// <returns>The exit code; -1 when the run was still going after <paramref name="timeout"/> (it is then killed).</returns>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            KillNine();
            return -1;
        }
    }

    public void Dispose()
    {
        KillNine();
        process.Dispose();
        changed.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }

        changed.Release();
    }
}
