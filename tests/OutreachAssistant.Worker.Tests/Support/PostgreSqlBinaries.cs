namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// Where PostgreSQL's server programs are (Debian's <c>postgresql</c> package puts them under
/// <c>/usr/lib/postgresql/{version}/bin</c>), and, as root, the <c>postgres</c> user to run them as: initdb refuses root.
/// </summary>
public static class PostgreSqlBinaries
{
    private static readonly Lazy<(string? Folder, string? Missing)> Found = new(Find);

    /// <summary>The folder holding initdb, postgres and pg_ctl.</summary>
    public static string Folder => Found.Value.Folder ?? throw new InvalidOperationException(WhyUnavailable);

    /// <summary>Null when a server can be started here, else why not (printed as the test's skip reason).</summary>
    public static string? WhyUnavailable => Found.Value.Missing;

    /// <summary>Whether the programs must run as the <c>postgres</c> user, through runuser.</summary>
    public static bool RunAsPostgresUser => Environment.UserName == "root";

    private static (string?, string?) Find()
    {
        var folder = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "postgres")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        if (folder is null)
        {
            return (null, "no PostgreSQL server programs under /usr/lib/postgresql/*/bin (install Debian's postgresql package; .ci/run does)");
        }

        if (RunAsPostgresUser && (!File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser") || !File.ReadAllText("/etc/passwd").Contains("\npostgres:", StringComparison.Ordinal)))
        {
            return (null, "running as root, and initdb refuses root: runuser or the postgres user is missing");
        }

        return (folder, null);
    }
}
