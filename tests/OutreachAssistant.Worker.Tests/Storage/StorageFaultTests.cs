using System.Security.Cryptography;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Storage;

/// <summary>
/// A bad data folder or file, met by the real program: one line on standard error that names the file and
/// what to do, exit code 5, and every file byte for byte as it was.
/// </summary>
public sealed class StorageFaultTests(DemoDataFolder demo) : IClassFixture<DemoDataFolder>, IDisposable
{
    private const int StorageFault = 5;
    private const string StartAfresh = "It has been left as it is; move it aside to start afresh, or restore a backup.";

    private readonly string root = Directory.CreateTempSubdirectory("outreach-storage-faults-").FullName;

    private string Data => Path.Combine(root, "data");

    private string StateFile => Path.Combine(Data, "state.db");

    private string ScheduleFile => Path.Combine(Data, "schedule.db");

    [Theory]
    [InlineData("random bytes")]
    [InlineData("a text file")]
    public async Task StateFileThatIsNoDatabase_OneLine_FilesUnchanged(string content)
    {
        demo.CopyTo(Data);
        await File.WriteAllBytesAsync(StateFile, content == "random bytes"
            ? RandomBytes(65_536)
            : "# My notes\n\nCall the program director on Monday.\n"u8.ToArray());
        var before = Hashes(Data);

        var outcome = await ProgramRun.RunAsync(ProgramRun.Environment(Data), "run", "--once");

        AssertOneLine(outcome, $"Storage error: {StateFile} is not a SQLite database (or is encrypted). {StartAfresh}");
        AssertUnchanged(before, Data);
    }

    [Fact]
    public async Task StateFileWithDamagedPages_OneLine_FilesUnchanged()
    {
        demo.CopyTo(Data);
        DamageMiddlePages(StateFile);
        var before = Hashes(Data);

        var outcome = await ProgramRun.RunAsync(ProgramRun.Environment(Data), "run", "--once");

        AssertOneLine(outcome, $"Storage error: {StateFile} is damaged (database disk image is malformed). {StartAfresh}");
        AssertUnchanged(before, Data);
    }

    /// <summary>The schedule is checked before the state is written, so a sound state.db is not left half changed.</summary>
    [Theory]
    [InlineData("run --once")]
    [InlineData("run")]
    public async Task DamagedScheduleFile_OneLine_StateFileUnchanged(string command)
    {
        demo.CopyTo(Data);
        DamageMiddlePages(ScheduleFile);
        var before = Hashes(Data);

        var outcome = await ProgramRun.RunAsync(ProgramRun.Environment(Data), command.Split(' '));

        AssertOneLine(outcome, $"Storage error: {ScheduleFile} is damaged (database disk image is malformed). "
            + "It has been left as it is; move it aside and run again: the schedule is rebuilt from state.db.");
        AssertUnchanged(before, Data);
    }

    [Fact]
    public async Task StatusOnAForeignStateFile_OneLine()
    {
        Directory.CreateDirectory(Data);
        await File.WriteAllBytesAsync(StateFile, RandomBytes(4096));
        var before = Hashes(Data);

        var outcome = await ProgramRun.RunAsync(ProgramRun.Environment(Data), "status");

        AssertOneLine(outcome, $"Storage error: {StateFile} is not a SQLite database (or is encrypted). {StartAfresh}");
        AssertUnchanged(before, Data);
    }

    [Fact]
    public async Task DataFolderIsAFile_OneLine_FileUnchanged()
    {
        var notes = Path.Combine(root, "README.md");
        await File.WriteAllTextAsync(notes, "# Notes\n");
        var before = Hashes(root);

        var outcome = await ProgramRun.RunAsync(ProgramRun.Environment(notes), "run", "--once");

        AssertOneLine(outcome, $"Storage error: {notes} is a file, not a folder. Set {StorageOptions.SectionName}:DataDirectory to a folder (it is made if it does not exist).");
        AssertUnchanged(before, root);
    }

    [Fact]
    public async Task Doctor_DataFolderIsAFile_FailedCheckNotACrash()
    {
        var notes = Path.Combine(root, "README.md");
        await File.WriteAllTextAsync(notes, "# Notes\n");

        var outcome = await ProgramRun.RunAsync(ProgramRun.Environment(notes), "doctor");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains($"FAIL  data folder: {notes} is a file, not a folder\n", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("FAIL  mailbox demo: not checked: the embedded sandbox keeps its mailboxes in the data folder", outcome.Output, StringComparison.Ordinal);
        Assert.Empty(outcome.ErrorLines);
        Assert.DoesNotContain("   at ", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_DamagedScheduleFile_OneFailedCheckPerFile()
    {
        demo.CopyTo(Data);
        DamageMiddlePages(ScheduleFile);
        var before = Hashes(Data);

        var outcome = await ProgramRun.RunAsync(ProgramRun.Environment(Data), "doctor");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains($"ok    data folder: {Data} is writable\n", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("ok    state.db: a sound SQLite database (quick check passed)\n", outcome.Output, StringComparison.Ordinal);
        Assert.Contains($"FAIL  schedule.db: {ScheduleFile} is damaged (database disk image is malformed)\n", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("ok    sandbox.db: a sound SQLite database (quick check passed)\n", outcome.Output, StringComparison.Ordinal);
        Assert.Empty(outcome.ErrorLines);
        AssertUnchanged(before, Data);
    }

    [MountNamespaceFact]
    public async Task ReadOnlyDataFolder_OneLine_FilesUnchanged()
    {
        var outcome = await RunOnMountedFolderAsync("""
            mount -t tmpfs -o size=1m tmpfs "$DATA" && cp "$SOURCE"/* "$DATA"/ && mount -o remount,ro "$DATA" && $OUTREACH run --once
            """);

        AssertOneLine(outcome, $"Storage error: {Data} cannot be written (it is on a read-only file system). "
            + $"Nothing was changed; make it writable for the service's user, or set {StorageOptions.SectionName}:DataDirectory to a folder that is.");
        AssertUnchanged(Hashes(Source), After);
    }

    [MountNamespaceFact]
    public async Task Doctor_ReadOnlyDataFolder_FailedCheckNotACrash()
    {
        var outcome = await RunOnMountedFolderAsync("""
            mount -t tmpfs -o size=1m tmpfs "$DATA" && cp "$SOURCE"/* "$DATA"/ && mount -o remount,ro "$DATA" && $OUTREACH doctor
            """);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains($"FAIL  data folder: {Data} cannot be written (it is on a read-only file system)\n", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("state.db:", outcome.Output, StringComparison.Ordinal);
        Assert.Empty(outcome.ErrorLines);
        Assert.DoesNotContain("   at ", outcome.Output, StringComparison.Ordinal);
        AssertUnchanged(Hashes(Source), After);
    }

    [MountNamespaceFact]
    public async Task FullDisk_OneLine_FilesUnchanged()
    {
        var outcome = await RunOnMountedFolderAsync("""
            mount -t tmpfs -o size=1m tmpfs "$DATA" && cp "$SOURCE"/* "$DATA"/ && { head -c 2m /dev/zero > "$DATA/filler" 2>/dev/null || true; } && $OUTREACH run --once
            """);

        AssertOneLine(outcome, $"Storage error: the disk holding {Data} is full (nothing could be written there). Free some space and run again; nothing was lost.");
        AssertUnchanged(Hashes(Source), After);
    }

    /// <summary>Room for the check's probe, not for the new state file: the fault is met by SQLite itself, mid-write.</summary>
    [MountNamespaceFact]
    public async Task DiskFillsWhileTheStateFileIsMade_OneLine()
    {
        Directory.CreateDirectory(Source);
        var outcome = await RunOnMountedFolderAsync("""
            mount -t tmpfs -o size=256k tmpfs "$DATA" && head -c 216k /dev/zero > "$DATA/filler" && $OUTREACH run --once
            """);

        AssertOneLine(outcome, $"Storage error: the disk holding the data folder ({StorageOptions.SectionName}:DataDirectory) is full (state.db could not be written). "
            + "Free some space and run again; nothing was lost.");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Source => Path.Combine(root, "source");

    private string After => Path.Combine(root, "after");

    /// <summary>
    /// Runs a script in a mount namespace of its own, where <c>$DATA</c> can be a tmpfs that is read-only or full
    /// (root, as CI runs tests, writes through any permission). The data folder is a copy of the demo's
    /// (<c>$SOURCE</c>); what is left in it afterwards is copied to <c>$AFTER</c>, since the mount goes with the namespace.
    /// </summary>
    private async Task<ProcessOutcome> RunOnMountedFolderAsync(string script)
    {
        if (!Directory.Exists(Source))
        {
            demo.CopyTo(Source);
        }

        Directory.CreateDirectory(Data);
        Directory.CreateDirectory(After);
        var environment = new Dictionary<string, string>(ProgramRun.Environment(Data), StringComparer.Ordinal)
        {
            ["SOURCE"] = Source, ["DATA"] = Data, ["AFTER"] = After,
        };
        return await ProgramRun.RunScriptAsync(environment, "unshare", "-rm", "sh", "-c",
            $"{script.Trim()}\nrc=$?\ncp \"$DATA\"/*.db \"$AFTER\"/ 2>/dev/null\nexit $rc");
    }

    private static void AssertOneLine(ProcessOutcome outcome, string expected)
    {
        Assert.True(outcome.ErrorLines.Count == 1, outcome.ToString());
        Assert.Equal(expected, outcome.ErrorLines[0]);
        Assert.DoesNotContain("   at ", outcome.Error + outcome.Output, StringComparison.Ordinal);
        Assert.Equal(StorageFault, outcome.ExitCode);
    }

    /// <summary>Every file there was before is there still, byte for byte (a reader may add SQLite's -shm and -wal).</summary>
    private static void AssertUnchanged(IReadOnlyDictionary<string, string> before, string folder)
    {
        var after = Hashes(folder);
        foreach (var (name, hash) in before)
        {
            Assert.True(after.TryGetValue(name, out var now), $"{name} is gone");
            Assert.True(hash == now, $"{name} was changed");
        }
    }

    /// <summary>The data files; the data folder's lock files hold no state.</summary>
    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*.db").ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>Overwrites every page but the first (the schema) and the last with noise, as a torn disk write might.</summary>
    private static void DamageMiddlePages(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        var header = new byte[18];
        stream.ReadExactly(header);
        var pageSize = (header[16] << 8) | header[17];
        var pages = (int)(stream.Length / pageSize);
        Assert.True(pages > 3, $"{file} has {pages} pages");
        stream.Position = pageSize;
        stream.Write(RandomBytes(pageSize * (pages - 2)));
    }

    /// <summary>Noise that is the same at every run, so a failure can be replayed.</summary>
    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20261130).NextBytes(bytes);
        return bytes;
    }
}
