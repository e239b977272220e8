using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OutreachAssistant.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgreSqlOutreachDbContext</c> build the PostgreSQL model; writing a
/// migration never connects, so the connection string names no real server.
/// </summary>
public sealed class PostgreSqlDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgreSqlOutreachDbContext>
{
    public PostgreSqlOutreachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlOutreachDbContext>().UseNpgsql("Host=design-time").Options);
}
