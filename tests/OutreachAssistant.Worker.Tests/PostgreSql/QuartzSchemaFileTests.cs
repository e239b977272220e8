using Quartz;

namespace OutreachAssistant.Worker.Tests.PostgreSql;

/// <summary>
/// deploy/postgresql/quartz-tables.sql is the schema Quartz makes for itself on PostgreSQL (the script its package
/// carries, prefix filled in): a Quartz upgrade that changes the script fails here until the file is taken again.
/// </summary>
public sealed class QuartzSchemaFileTests
{
    private const string PackageScript = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    [Fact]
    public void KeptSchemaFile_IsTheScriptTheQuartzPackageRuns()
    {
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(PackageScript)
            ?? throw new InvalidOperationException($"The Quartz package no longer carries {PackageScript}.");
        using var reader = new StreamReader(stream);
        var expected = reader.ReadToEnd().ReplaceLineEndings("\n").Replace("{0}", "qrtz_", StringComparison.Ordinal).Replace("{1}", "qrtz_", StringComparison.Ordinal);

        var kept = File.ReadAllText(Path.Combine(RepositoryRoot(), "deploy", "postgresql", "quartz-tables.sql")).ReplaceLineEndings("\n");

        // The kept file opens with four lines of our own saying where it comes from.
        Assert.Equal(expected, string.Join('\n', kept.Split('\n').Skip(4)));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OutreachAssistant.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
