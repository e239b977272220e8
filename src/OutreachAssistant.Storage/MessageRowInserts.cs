using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>
/// Adds new message rows with one insert statement, prepared once and run per row, in the page's transaction: EF
/// Core's change tracker would make, track and prepare a command per row, most of the cost of storing a first sync's
/// pages. Each value is bound as EF Core binds it (the property's own type mapping and conversion), so the rows are
/// the ones it would write; a row that breaks a key fails as EF Core's own insert would, as a <see cref="DbUpdateException"/>.
/// </summary>
internal static class MessageRowInserts
{
    public static async Task InsertAsync(OutreachDbContext db, IReadOnlyList<MessageEntity> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(MessageEntity))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties()
            .Select((p, i) => (Property: p, Mapping: p.GetRelationalTypeMapping(), Getter: p.GetGetter(), Name: sql.GenerateParameterName($"p{i}")))
            .ToList();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName())))}) "
            + $"VALUES ({string.Join(", ", columns.Select(c => c.Name))})";
        try
        {
            foreach (var row in rows)
            {
                command.Parameters.Clear();
                foreach (var (property, mapping, getter, name) in columns)
                {
                    command.Parameters.Add(mapping.CreateParameter(command, name, getter.GetClrValue(row), property.IsNullable));
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (DbException ex)
        {
            throw new DbUpdateException("A new message row could not be added.", ex);
        }
    }
}
