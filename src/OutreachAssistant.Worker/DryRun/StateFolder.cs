namespace OutreachAssistant.Worker.DryRun;

/// <summary>
/// The folder this host opens its databases in (<c>state.db</c>, <c>schedule.db</c>, <c>sandbox.db</c>). A real run
/// opens them in the data folder. A dry run opens copies in a scratch folder of its own, made once it holds the data
/// folder (<see cref="CopyIn"/>) and deleted with the host: it syncs, tracks and plans on them as a real run would,
/// and the data folder's files are left as they were. A host on such a copy is a dry run: it opens its mailboxes
/// read-only too.
/// </summary>
public sealed class StateFolder : IDisposable
{
    private StateFolder(string folder, bool isDryRun)
    {
        Folder = folder;
        IsDryRun = isDryRun;
    }

    /// <summary>The folder the databases are opened in: the data folder, or a dry run's scratch folder.</summary>
    public string Folder { get; }

    /// <summary>Whether this host is a dry run, on copies of the databases.</summary>
    public bool IsDryRun { get; }

    /// <summary>A real run: the data folder's own files.</summary>
    public static StateFolder InDataFolder(string dataDirectory) => new(dataDirectory, isDryRun: false);

    /// <summary>A dry run: a scratch folder under the system's temporary folder, named, not made yet.</summary>
    public static StateFolder ScratchCopy() =>
        new(Path.Combine(Path.GetTempPath(), $"outreach-dry-run-{Environment.ProcessId}-{Guid.NewGuid():N}"), isDryRun: true);

    /// <summary>Where this host opens a database of the data folder: the file itself, or its copy in the scratch folder.</summary>
    public string FileFor(string dataFile) => IsDryRun ? Path.Combine(Folder, Path.GetFileName(dataFile)) : dataFile;

    /// <summary>
    /// A dry run copies each of the data folder's databases that exists into its scratch folder, each a consistent
    /// snapshot read without writing; a real run has nothing to copy. Call it holding the data folder, so no other
    /// run writes them meanwhile.
    /// </summary>
    public void CopyIn(IEnumerable<string> dataFiles)
    {
        ArgumentNullException.ThrowIfNull(dataFiles);
        if (!IsDryRun)
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        foreach (var file in dataFiles.Where(File.Exists))
        {
            SqliteSnapshot.Copy(file, FileFor(file));
        }
    }

    /// <summary>A dry run's scratch folder goes with the host.</summary>
    public void Dispose()
    {
        if (!IsDryRun || !Directory.Exists(Folder))
        {
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary folder the system clears in time; the run's work is done either way.
        }
    }
}
