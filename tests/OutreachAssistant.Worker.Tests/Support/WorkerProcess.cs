using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// The built <c>outreach</c> program as a real child process (<c>dotnet outreach.dll VERB ...</c>), for crash and
/// concurrency tests: settings go in as environment variables (<c>Graph__Mode</c>), every output line is kept with
/// the time it arrived, and the test can wait for a line, signal the process (SIGTERM, SIGINT), kill it hard
/// (kill -9, the whole tree) and read its exit code. Disposing kills it if it still runs.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<OutputLine> lines = new();
    private readonly SemaphoreSlim arrived = new(0);
    private readonly TaskCompletionSource streamsClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int openStreams = 2;

    private WorkerProcess(Process process, string description)
    {
        this.process = process;
        Description = description;
    }

    /// <summary>The program beside the tests: the test project references the Worker, so its build lands here.</summary>
    public static string ProgramPath { get; } = Path.Combine(AppContext.BaseDirectory, "outreach.dll");

    /// <summary>e.g. "run --once", for messages.</summary>
    public string Description { get; }

    /// <summary><c>outreach run --once</c>: exits by itself (0 done, 4 a mailbox unserved, 6 folder busy, 130 stopped).</summary>
    public static WorkerProcess StartRunOnce(IReadOnlyDictionary<string, string?> settings, string workingDirectory) =>
        Start(settings, workingDirectory, "run", "--once");

    /// <summary><c>outreach run</c>, the service: runs until <see cref="Terminate"/> (exit 0) or <see cref="Kill"/>.</summary>
    public static WorkerProcess StartService(IReadOnlyDictionary<string, string?> settings, string workingDirectory) =>
        Start(settings, workingDirectory, "run");

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Everything written so far, both streams, in arrival order.</summary>
    public IReadOnlyList<OutputLine> Output => [.. lines];

    public IEnumerable<string> StandardError => lines.Where(l => l.IsError).Select(l => l.Text);

    public IEnumerable<string> StandardOutput => lines.Where(l => !l.IsError).Select(l => l.Text);

    /// <summary>
    /// Starts <c>outreach</c> with <paramref name="arguments"/>. Settings use configuration keys (<c>Graph:Mode</c>) and
    /// become environment variables (<c>Graph__Mode</c>). The program reads the appsettings.json beside it, and relative
    /// paths (templates, demo seeds) resolve beside it too; the per-user folders are the tests' own (<see cref="TestUserFolders"/>).
    /// </summary>
    public static WorkerProcess Start(IReadOnlyDictionary<string, string?> settings, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in TestUserFolders.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // Plain lines: no colours, no multi-line log layout to parse.
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new WorkerProcess(process, string.Join(' ', arguments));
        process.OutputDataReceived += (_, e) => child.Receive(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => child.Receive(e.Data, isError: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return child;
    }

    /// <summary>The first line (either stream) matching <paramref name="pattern"/>, waiting for it; fails if the process ends first.</summary>
    public async Task<OutputLine> WaitForLineAsync(Regex pattern, TimeSpan within)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        using var timeout = new CancellationTokenSource(within);
        while (true)
        {
            if (lines.FirstOrDefault(l => pattern.IsMatch(l.Text)) is { } line)
            {
                return line;
            }

            if (streamsClosed.Task.IsCompleted)
            {
                throw new InvalidOperationException($"`outreach {Description}` ended without writing a line matching /{pattern}/:\n{Transcript()}");
            }

            try
            {
                await arrived.WaitAsync(TimeSpan.FromMilliseconds(200), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"`outreach {Description}` wrote no line matching /{pattern}/ within {within}:\n{Transcript()}");
            }
        }
    }

    /// <summary>Asks the process to stop, as systemd, docker and timeout(1) do.</summary>
    public void Terminate() => Signal("TERM");

    /// <summary>Ctrl-C. A child of a shell's background job inherits an ignored SIGINT; see <see cref="IgnoresInterrupt"/>.</summary>
    public void Interrupt() => Signal("INT");

    /// <summary>Whether SIGINT is ignored in the child (inherited from a runner started in the background), so Ctrl-C cannot reach it.</summary>
    public bool IgnoresInterrupt
    {
        get
        {
            if (!OperatingSystem.IsLinux())
            {
                return false;
            }

            var status = File.ReadLines($"/proc/{Id}/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            return status is not null && (Convert.ToUInt64(status["SigIgn:".Length..].Trim(), 16) & (1UL << 1)) != 0;
        }
    }

    /// <summary>kill -9 of the process and its children: a power cut, an OOM kill. Nothing in it runs afterwards.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    /// <summary>The exit code, waiting for the process and the end of its output.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            await streamsClosed.Task.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"`outreach {Description}` (pid {Id}) still ran after {within}:\n{Transcript()}");
        }

        return process.ExitCode;
    }

    /// <summary>Lines that show an exception reached the user: a stack frame or the runtime's unhandled-exception report.</summary>
    public IReadOnlyList<string> StackTraceLines() =>
        [.. lines.Select(l => l.Text).Where(t => t.StartsWith("   at ", StringComparison.Ordinal) || t.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase))];

    /// <summary>Every line with its time and stream, for a failing assertion's message.</summary>
    public string Transcript() => string.Join('\n', lines.Select(l => l.ToString()));

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        process.Dispose();
        arrived.Dispose();
    }

    private void Receive(string? text, bool isError)
    {
        if (text is null)
        {
            if (Interlocked.Decrement(ref openStreams) == 0)
            {
                streamsClosed.TrySetResult();
            }
        }
        else
        {
            lines.Enqueue(new OutputLine(clock.Elapsed, isError, text));
        }

        arrived.Release();
    }

    private void Signal(string name)
    {
        // kill(1) rather than P/Invoke: one clear line and no native signatures to keep right.
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{name} {Id}") { UseShellExecute = false })!;
        kill.WaitForExit();
    }
}
