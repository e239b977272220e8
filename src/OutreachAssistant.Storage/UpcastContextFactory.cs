using Microsoft.EntityFrameworkCore;

namespace OutreachAssistant.Storage;

/// <summary>Hands out a provider's own context type where the store asks for <see cref="OutreachDbContext"/>.</summary>
internal sealed class UpcastContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<OutreachDbContext>
    where TContext : OutreachDbContext
{
    public OutreachDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<OutreachDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
