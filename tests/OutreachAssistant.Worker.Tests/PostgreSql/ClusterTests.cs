using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Tests.Support;
using Xunit.Abstractions;

namespace OutreachAssistant.Worker.Tests.PostgreSql;

/// <summary>
/// An advising office: two, then three real <c>outreach run</c> nodes on one PostgreSQL database serve 50 mailboxes of a
/// sandbox run alone. Quartz's cluster decides which node fires each trigger. One node is killed with SIGKILL while it
/// makes drafts; the others take its work over (its jobs, its claims), and at the end every due thread has exactly one
/// draft, the killed node's mailboxes included.
/// </summary>
[Collection(SharedPostgreSqlServer.Name)]
public sealed partial class ClusterTests(PostgreSqlServer postgres, ITestOutputHelper output) : IDisposable
{
    private const int Mailboxes = 50;
    private const int DuePerMailbox = 2;
    private const int Due = Mailboxes * DuePerMailbox;

    private readonly string root = Directory.CreateTempSubdirectory("outreach-cluster-").FullName;

    [PostgreSqlFact]
    public Task TwoNodes_OneKilledMidCycle_EveryDueThreadDraftedOnce() => PlayAsync(nodes: 2);

    [PostgreSqlFact]
    public Task ThreeNodes_OneKilledMidCycle_EveryDueThreadDraftedOnce() => PlayAsync(nodes: 3);

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder.
        }
    }

    private async Task PlayAsync(int nodes)
    {
        var elapsed = Stopwatch.StartNew();
        var seeds = OfficeMailboxSeeds.Write(Path.Combine(root, "seeds"), Mailboxes, DuePerMailbox);
        await using var sandbox = await SandboxProcess.StartAsync(seeds, Path.Combine(root, "sandbox"));

        // Each draft takes a moment, so the cycle is still going when the node is killed.
        await sandbox.AddFaultAsync(new { kind = "slow", delayMs = 100, path = "/createReply", count = -1 });
        var connectionString = await postgres.CreateDatabaseAsync();
        var workers = Enumerable.Range(1, nodes)
            .Select(n => WorkerProcess.StartService(Settings(sandbox, connectionString, n), Directory.CreateDirectory(Path.Combine(root, $"node-{n}")).FullName))
            .ToList();
        try
        {
            var victim = workers[0];
            await victim.WaitForLineAsync(CreatedLine(), TimeSpan.FromSeconds(120));
            victim.Kill();
            await victim.WaitForExitAsync(TimeSpan.FromSeconds(10));
            var victimsMailboxes = SyncedMailboxes(victim);
            var draftsAtKill = await DraftKeysAsync(sandbox);
            output.WriteLine($"{nodes} nodes: node 1 killed after {elapsed.Elapsed.TotalSeconds:0.0} s, having synced {victimsMailboxes.Count} mailboxes; {draftsAtKill.Values.Sum(k => k.Count)} of {Due} drafts made then");

            var survivors = workers.Skip(1).ToList();
            await Eventually.HoldsAsync(async () => (await RecordedDraftsAsync(connectionString)) >= Due, TimeSpan.FromSeconds(180));
            foreach (var survivor in survivors)
            {
                survivor.Terminate();
                var exitCode = await survivor.WaitForExitAsync(TimeSpan.FromSeconds(30));
                Assert.True(exitCode == 0, $"a survivor stopped by SIGTERM exited with {exitCode}:\n{survivor.Transcript()}");
                Assert.True(survivor.StackTraceLines().Count == 0, $"a survivor printed a stack trace:\n{survivor.Transcript()}");
            }

            var drafts = await DraftKeysAsync(sandbox);
            output.WriteLine($"{nodes} nodes: every draft made after {elapsed.Elapsed.TotalSeconds:0.0} s; survivors took over {string.Join(", ", survivors.Select(TakeOvers))} claim(s) of the killed node");
            Assert.True(draftsAtKill.Values.Sum(k => k.Count) < Due, "the node was killed after the cycle ended; nothing was left to take over");
            foreach (var (mailbox, keys) in drafts)
            {
                Assert.True(keys.Count == DuePerMailbox && keys.Distinct().Count() == DuePerMailbox, $"{mailbox}: drafts {string.Join(", ", keys)}");
            }

            Assert.Equal(Due, await RecordedDraftsAsync(connectionString));

            // The mailboxes the killed node had begun were finished by the others: drafts came to them after the kill.
            Assert.NotEmpty(victimsMailboxes);
            Assert.Contains(victimsMailboxes, m => drafts[m].Count > draftsAtKill[m].Count);
            Assert.All(victimsMailboxes, m => Assert.Equal(DuePerMailbox, drafts[m].Count));
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    private Dictionary<string, string?> Settings(SandboxProcess sandbox, string connectionString, int node)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{GraphOptions.SectionName}:Mode"] = "Remote",
            [$"{GraphOptions.SectionName}:BaseUrl"] = sandbox.BaseUrl.ToString(),
            [$"{AuthOptions.SectionName}:Mode"] = "AccessToken",
            [$"{GraphOptions.SectionName}:AccessToken"] = sandbox.AccessToken,
            [$"{StorageOptions.SectionName}:Provider"] = nameof(StorageProvider.PostgreSql),
            [$"{StorageOptions.SectionName}:ConnectionString"] = connectionString,
            [$"{StorageOptions.SectionName}:DataDirectory"] = Path.Combine(root, $"node-{node}", "data"),
            [$"{FollowUpOptions.SectionName}:MaxPerDay"] = "1000",
            [$"{SyncOptions.SectionName}:MaxParallelMailboxes"] = "8",
        };
        foreach (var (id, index) in OfficeMailboxSeeds.Ids(Mailboxes).Select((id, index) => (id, index)))
        {
            settings[$"{MailboxesOptions.SectionName}:{index}:Id"] = id;
            settings[$"{MailboxesOptions.SectionName}:{index}:User"] = OfficeMailboxSeeds.AddressOf(id);
        }

        return settings;
    }

    /// <summary>The follow-up keys of each mailbox's drafts, one entry per draft.</summary>
    private static async Task<Dictionary<string, IReadOnlyList<string>>> DraftKeysAsync(SandboxProcess sandbox)
    {
        var drafts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in OfficeMailboxSeeds.Ids(Mailboxes))
        {
            drafts[id] = await sandbox.DraftKeysAsync(id);
        }

        return drafts;
    }

    private static async Task<long> RecordedDraftsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "Drafts" """, connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>The mailboxes a node logged a sync of.</summary>
    private static HashSet<string> SyncedMailboxes(WorkerProcess node) =>
        [.. node.StandardOutput.Select(l => SyncedLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["mailbox"].Value)];

    private static int TakeOvers(WorkerProcess node) => node.StandardOutput.Count(l => l.Contains("claimed by a process that stopped", StringComparison.Ordinal));

    [GeneratedRegex("Created FollowUp draft")]
    private static partial Regex CreatedLine();

    [GeneratedRegex(@"Synced (?<mailbox>s\d+)/")]
    private static partial Regex SyncedLine();
}
