using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Locking;

/// <summary>
/// One process per data folder: <c>run</c> and <c>run --once</c> hold <c>outreach.lock</c> in
/// <c>Storage:DataDirectory</c> with an OS-level exclusive lock (flock on Linux, a share lock on Windows) until
/// their host stops (or is disposed). The OS drops it when the process dies, however it dies, so a crash never leaves
/// the folder locked. A second process waits up to <c>Storage:LockTimeout</c>, then stops naming the holder.
/// </summary>
public sealed partial class DataFolderLock : IDisposable
{
    public const string FileName = "outreach.lock";
    public const string HolderFileName = "outreach.lock.owner";

    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan HolderGrace = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly OutreachPaths paths;
    private readonly IOptions<StorageOptions> storage;
    private readonly TimeProvider clock;
    private readonly ILogger<DataFolderLock> logger;
    private FileStream? held;

    public DataFolderLock(OutreachPaths paths, IOptions<StorageOptions> storage, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<DataFolderLock> logger)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        this.paths = paths;
        this.storage = storage;
        this.clock = clock;
        this.logger = logger;

        // A stopped host does no more work (Quartz has finished its jobs by then): the next host, or process, may have the folder.
        lifetime.ApplicationStopped.Register(Release);
    }

    /// <summary>
    /// Whether this host holds the folder. While it does, no other live process works on the folder: anything
    /// another process claimed and left unfinished belongs to a process that is gone.
    /// </summary>
    public bool IsHeld => Volatile.Read(ref held) is not null;

    public string LockFile => Path.Combine(paths.DataDirectory, FileName);

    private string HolderFile => Path.Combine(paths.DataDirectory, HolderFileName);

    /// <summary>Takes the folder for this host, waiting for another holder to end; a second call is a no-op.</summary>
    /// <param name="verb">What this process is doing, for the line another process prints (e.g. <c>run --once</c>).</param>
    /// <param name="cancellationToken">Stops the wait (Ctrl-C, SIGTERM).</param>
    /// <exception cref="DataFolderBusyException">Another process held it for all of <c>Storage:LockTimeout</c>.</exception>
    public async Task AcquireAsync(string verb, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (held is not null)
            {
                return;
            }

            Directory.CreateDirectory(paths.DataDirectory);

            // Waiting is real time, whatever clock the planner is given (tests run hosts on a manual clock).
            var wall = TimeProvider.System;
            var started = wall.GetTimestamp();
            var logged = false;
            while (true)
            {
                if (TryLock() is { } stream)
                {
                    new DataFolderHolder(Environment.ProcessId, verb, clock.GetUtcNow()).Write(HolderFile);
                    Volatile.Write(ref held, stream);
                    return;
                }

                var holder = DataFolderHolder.TryRead(HolderFile);

                // No holder file while the lock is held: the holder is starting or just ending; one more try names it or gets in.
                var waited = wall.GetElapsedTime(started);
                if (waited >= storage.Value.LockTimeout && (holder is not null || waited >= storage.Value.LockTimeout + HolderGrace))
                {
                    var who = holder is null ? "another OutreachAssistant" : $"another OutreachAssistant ({holder.Describe(clock.GetUtcNow())})";
                    throw new DataFolderBusyException($"{who} is working on data folder {paths.DataDirectory}; try again when it ends.");
                }

                if (!logged)
                {
                    LogWaiting(logger, holder?.ProcessId ?? 0, storage.Value.LockTimeout);
                    logged = true;
                }

                await Task.Delay(RetryEvery, wall, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        Release();
        gate.Dispose();
    }

    private void Release()
    {
        if (Interlocked.Exchange(ref held, null) is { } stream)
        {
            // The holder file goes first, while the folder is still ours, so it never names a process that let go.
            TryDelete(HolderFile);
            stream.Dispose();
        }
    }

    private FileStream? TryLock()
    {
        try
        {
            // FileShare.None is an exclusive flock(2) on Linux and macOS and a share lock on Windows.
            return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale holder file only names a process in a message; the lock itself is what counts.
        }
    }

    [LoggerMessage(EventId = 130, Level = LogLevel.Information, Message = "Data folder is held by another process (pid {ProcessId}); waiting up to {Timeout} for it")]
    private static partial void LogWaiting(ILogger logger, int processId, TimeSpan timeout);
}
