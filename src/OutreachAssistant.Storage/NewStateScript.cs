using System.Reflection;

namespace OutreachAssistant.Storage;

/// <summary>
/// This version's whole SQLite schema as one script: every migration's SQL and its history row, as
/// <c>dotnet ef migrations script --context OutreachDbContext --no-transactions</c> writes it. A new state file gets it in
/// one transaction (<see cref="StateMigrations"/>) instead of through EF Core's migrator, which ends in the same tables
/// but first builds its history table's model and every migration's SQL: about 0.6 s of a first run, all of it code
/// compiled on first use (by a CPU profile). <c>NewStateScriptTests</c> fails when a migration is added without writing
/// the script again.
/// </summary>
public static class NewStateScript
{
    public const string ResourceName = "OutreachAssistant.Storage.NewStateScript.sql";

    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
