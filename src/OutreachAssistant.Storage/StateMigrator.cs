using Microsoft.EntityFrameworkCore;

namespace OutreachAssistant.Storage;

/// <summary>Makes the state ready before anything reads or writes it: every command and the service start here.</summary>
public sealed class StateMigrator(IDbContextFactory<OutreachDbContext> contexts)
{
    /// <summary>Creates the state file, or brings one of an earlier version up to this one's schema, keeping its rows.</summary>
    /// <exception cref="StateSchemaMismatchException">The file was made by a version this one cannot open; it is left untouched.</exception>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await StateMigrations.MigrateAsync(db, cancellationToken);
    }
}
