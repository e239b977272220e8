using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using OutreachAssistant.Storage;
using OutreachAssistant.Storage.CompiledModels.Sqlite;

namespace OutreachAssistant.Worker.Tests.Storage;

/// <summary>
/// The SQLite state opens with a compiled model (src/OutreachAssistant.Storage/CompiledModels/Sqlite), made by
/// <c>dotnet ef dbcontext optimize</c>: a model change it was not made again for fails here.
/// </summary>
public sealed class CompiledModelTests
{
    private const string MakeItAgain = "the model changed: in src/OutreachAssistant.Storage run `dotnet ef dbcontext optimize --context OutreachDbContext --output-dir CompiledModels/Sqlite --namespace OutreachAssistant.Storage.CompiledModels.Sqlite`";

    [Fact]
    public void CompiledSqliteModel_IsTheModelAsBuilt()
    {
        using var db = new DesignTimeContextFactory().CreateDbContext([]);
        var built = db.GetService<IDesignTimeModel>().Model;

        Assert.True(Describe(OutreachDbContextModel.Instance) == Describe(built), MakeItAgain);
    }

    [Fact]
    public void SqliteState_OpensWithTheCompiledModel()
    {
        using var db = new DesignTimeContextFactory().CreateDbContext([]);

        Assert.IsType<OutreachDbContextModel>(db.Model);
    }

    /// <summary>Every entity's properties and their types, and every table's columns, keys, indexes and foreign keys.</summary>
    private static string Describe(IModel model)
    {
        var entities = model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e =>
            e.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{e.Name}.{p.Name} {p.ClrType.Name} {p.IsNullable} {p.GetValueConverter()?.GetType().Name}"));
        var tables = model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(t =>
            new[] { $"table {t.Name} key {string.Join(",", t.PrimaryKey?.Columns.Select(c => c.Name) ?? [])}" }
                .Concat(t.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => $"{t.Name}.{c.Name} {c.StoreType} {c.IsNullable}"))
                .Concat(t.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => $"index {i.Name} {i.IsUnique} {string.Join(",", i.Columns.Select(c => c.Name))}"))
                .Concat(t.ForeignKeyConstraints.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"fk {f.Name} {f.PrincipalTable.Name} {f.OnDeleteAction}")));
        return string.Join("\n", entities.Concat(tables));
    }
}
