using System.Net;
using System.Net.Sockets;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.PostgreSql;

/// <summary>Storage:Provider and Storage:ConnectionString as a user gets them wrong: one line naming the key, never a stack trace.</summary>
public sealed class StorageSettingsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("outreach-storage-settings-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Run_PostgreSqlWithoutConnectionString_RefusedNamingTheKey()
    {
        var outcome = await ProgramRun.RunAsync(Environment(($"{StorageOptions.SectionName}__Provider", "PostgreSql")), "run", "--once");

        Assert.Equal(CliCommands.BadConfiguration, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"Configuration error: {StorageOptions.SectionName}:ConnectionString is required with {StorageOptions.SectionName}:Provider PostgreSql", line, StringComparison.Ordinal);
        Assert.Contains($"{StorageOptions.SectionName}__ConnectionString", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownProvider_RefusedNamingTheKey()
    {
        var outcome = await ProgramRun.RunAsync(Environment(($"{StorageOptions.SectionName}__Provider", "Oracle")), "run", "--once");

        Assert.Equal(CliCommands.BadConfiguration, outcome.ExitCode);
        Assert.Equal($"Configuration error: {StorageOptions.SectionName}:Provider must be Sqlite or PostgreSql (was \"Oracle\").", Assert.Single(outcome.ErrorLines));
    }

    [Fact]
    public async Task Run_ConnectionStringWrittenInTheSettingsFile_RefusedSayingWhereItBelongs()
    {
        var file = Path.Combine(root, "appsettings.json");
        await File.WriteAllTextAsync(file, """{ "Storage": { "Provider": "PostgreSql", "ConnectionString": "Host=db;Database=outreach;Username=outreach;Password=s3cr3t" } }""");

        var outcome = await ProgramRun.RunAsync(Environment(("OUTREACH_SETTINGS", file)), "run", "--once");

        Assert.Equal(CliCommands.BadConfiguration, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"Configuration error: {StorageOptions.SectionName}:ConnectionString must not be written in {Path.GetFileName(file)}: set it in the environment as {StorageOptions.SectionName}__ConnectionString", line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", outcome.Output + outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ConnectionStringWithSqlite_RefusedNamingBothKeys()
    {
        var outcome = await ProgramRun.RunAsync(Environment(($"{StorageOptions.SectionName}__ConnectionString", "Host=db")), "run", "--once");

        Assert.Equal(CliCommands.BadConfiguration, outcome.ExitCode);
        Assert.StartsWith($"Configuration error: {StorageOptions.SectionName}:ConnectionString is read only with {StorageOptions.SectionName}:Provider PostgreSql", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_OnPostgreSql_RefusedInOneLine()
    {
        var outcome = await ProgramRun.RunAsync(
            Environment(($"{StorageOptions.SectionName}__Provider", "PostgreSql"), ($"{StorageOptions.SectionName}__ConnectionString", "Host=127.0.0.1;Database=outreach;Username=outreach")), "run", "--once", "--dry-run");

        Assert.Equal(CliCommands.BadConfiguration, outcome.ExitCode);
        Assert.StartsWith($"Configuration error: run --once --dry-run works on a copy of the SQLite state and cannot run with {StorageOptions.SectionName}:Provider PostgreSql", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoServerAtThePort_StorageErrorInOneLine()
    {
        var outcome = await ProgramRun.RunAsync(
            Environment(($"{StorageOptions.SectionName}__Provider", "PostgreSql"), ($"{StorageOptions.SectionName}__ConnectionString", $"Host=127.0.0.1;Port={ClosedPort()};Database=outreach;Username=outreach;Password=s3cr3t;Timeout=3")), "run", "--once");

        Assert.Equal(CliCommands.StorageFault, outcome.ExitCode);
        Assert.StartsWith($"Storage error: the PostgreSQL database ({StorageOptions.SectionName}:ConnectionString) could not be used", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", outcome.Output + outcome.Error, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Environment(params (string Key, string Value)[] settings)
    {
        var environment = ProgramRun.Environment(Path.Combine(root, "data"));
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>A loopback port nothing listens on: taken, then given back.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
