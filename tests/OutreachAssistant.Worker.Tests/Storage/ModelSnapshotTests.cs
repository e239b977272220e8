using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tests.Storage;

/// <summary>
/// One model, a migration set per provider: a model change with a migration for one provider only fails here, naming
/// the one that lacks it (README, Architecture, for the two commands).
/// </summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public void SqliteMigrations_DescribeTheModel()
    {
        using var db = new DesignTimeContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a SQLite migration (--context OutreachDbContext)");
    }

    [Fact]
    public void PostgreSqlMigrations_DescribeTheModel()
    {
        using var db = new PostgreSqlDesignTimeContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a PostgreSQL migration (--context PostgreSqlOutreachDbContext)");
    }
}
