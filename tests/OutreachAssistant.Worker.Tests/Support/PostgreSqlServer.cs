using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// A real PostgreSQL server, started as a process for the tests that share it: initdb into a temporary folder (as the
/// <c>postgres</c> user when the tests run as root), a free loopback port, stopped and removed on dispose. Each test
/// takes a database of its own (<see cref="CreateDatabaseAsync"/>).
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private const string Superuser = "postgres";

    private readonly string folder = Directory.CreateTempSubdirectory("outreach-postgres-").FullName;
    private bool started;

    public int Port { get; private set; }

    private string DataFolder => Path.Combine(folder, "data");

    public async Task InitializeAsync()
    {
        if (PostgreSqlBinaries.WhyUnavailable is not null)
        {
            return;
        }

        if (PostgreSqlBinaries.RunAsPostgresUser)
        {
            await RunAsync(new ProcessStartInfo("chown") { ArgumentList = { Superuser, folder } });
        }

        await RunAsync(ServerProgram("initdb", ["-D", DataFolder, "-U", Superuser, "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]));
        Port = FreePort();
        var options = $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400";

        // pg_ctl starts the server in the background, its log in the folder, and waits until it accepts connections.
        await RunAsync(ServerProgram("pg_ctl", ["start", "-D", DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", options]));
        started = true;
    }

    public async Task DisposeAsync()
    {
        if (started)
        {
            await RunAsync(ServerProgram("pg_ctl", ["stop", "-D", DataFolder, "-m", "immediate", "-w"]));
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A new, empty database; its connection string, as a node would be given it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"outreach_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database }.ConnectionString;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The server's programs refuse root: as root they run as the postgres user.</summary>
    private static ProcessStartInfo ServerProgram(string name, IEnumerable<string> arguments)
    {
        var program = Path.Combine(PostgreSqlBinaries.Folder, name);
        var start = new ProcessStartInfo(PostgreSqlBinaries.RunAsPostgresUser ? "runuser" : program);
        if (PostgreSqlBinaries.RunAsPostgresUser)
        {
            foreach (var prefix in new[] { "-u", Superuser, "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static async Task RunAsync(ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} failed (exit {process.ExitCode}): {await error}{await output}");
        }
    }
}
