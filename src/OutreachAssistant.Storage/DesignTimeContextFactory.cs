using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OutreachAssistant.Storage;

/// <summary>Lets <c>dotnet ef migrations add --context OutreachDbContext</c> build the SQLite model without the Worker's host.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<OutreachDbContext>
{
    public OutreachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OutreachDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
