using Microsoft.EntityFrameworkCore;

namespace OutreachAssistant.Storage;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that EF Core keeps its migrations apart from
/// SQLite's (<c>Migrations/PostgreSql</c>): a migration's column types are the provider's.
/// </summary>
public sealed class PostgreSqlOutreachDbContext(DbContextOptions<PostgreSqlOutreachDbContext> options) : OutreachDbContext(options);
