using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Hosting;

/// <summary>
/// <c>Type=notify</c> for real: <c>outreach run</c> started as systemd starts a unit's main process (process 1 of its
/// namespace, <c>NOTIFY_SOCKET</c> naming a datagram socket) says <c>READY=1</c> on that socket once its schedule is
/// written, and <c>STOPPING=1</c> on SIGTERM, then exits 0. The socket is the test's, read as systemd reads it.
/// </summary>
public sealed class SystemdNotifyTests : IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(90);
    private readonly string root = Directory.CreateTempSubdirectory("outreach-notify-").FullName;

    [PidNamespaceFact]
    public async Task Service_UnderSystemdNotify_SaysReadyOnceScheduled_AndStoppingOnSigterm()
    {
        var data = Path.Combine(root, "data");
        var socketPath = Path.Combine(root, "notify.sock");
        using var notify = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        notify.Bind(new UnixDomainSocketEndPoint(socketPath));

        var start = new ProcessStartInfo("unshare") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-rpf", "--kill-child=SIGKILL", "dotnet", ProgramRun.Program, "run" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in TestUserFolders.Environment)
        {
            start.Environment[key] = value;
        }

        foreach (var (key, value) in ProgramRun.Environment(data))
        {
            start.Environment[key] = value;
        }

        start.Environment["NOTIFY_SOCKET"] = socketPath;
        using var namespaced = Process.Start(start)!;
        var output = new ConcurrentQueue<string?>();
        namespaced.OutputDataReceived += (_, e) => output.Enqueue(e.Data);
        namespaced.ErrorDataReceived += (_, e) => output.Enqueue(e.Data);
        namespaced.BeginOutputReadLine();
        namespaced.BeginErrorReadLine();
        try
        {
            Assert.Equal("READY=1", await ReceiveAsync(notify, output));

            // Ready means started: the data folder held, state.db migrated and the sync triggers written to schedule.db.
            Assert.True(File.Exists(Path.Combine(data, "state.db")), Transcript(output));
            Assert.True(File.Exists(Path.Combine(data, "schedule.db")), Transcript(output));

            // systemd signals the main process itself; unshare's child is that process here.
            var main = File.ReadAllText($"/proc/{namespaced.Id}/task/{namespaced.Id}/children").Trim();
            using (var kill = Process.Start("kill", ["-TERM", main]))
            {
                await kill.WaitForExitAsync();
            }

            Assert.Equal("STOPPING=1", await ReceiveAsync(notify, output));
            using var exit = new CancellationTokenSource(Within);
            await namespaced.WaitForExitAsync(exit.Token);
            Assert.True(namespaced.ExitCode == 0, Transcript(output));
        }
        finally
        {
            if (!namespaced.HasExited)
            {
                namespaced.Kill(entireProcessTree: true);
            }
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static string Transcript(ConcurrentQueue<string?> output) => string.Join('\n', output);

    /// <summary>The next notification, as systemd would read it; none within <see cref="Within"/> fails with the program's output.</summary>
    private static async Task<string> ReceiveAsync(Socket socket, ConcurrentQueue<string?> output)
    {
        var buffer = new byte[256];
        using var timeout = new CancellationTokenSource(Within);
        try
        {
            var length = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            return Encoding.UTF8.GetString(buffer, 0, length).Trim();
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"Nothing arrived on NOTIFY_SOCKET within {Within}. The program wrote:\n{Transcript(output)}");
            throw;
        }
    }
}
