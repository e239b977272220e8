using Microsoft.EntityFrameworkCore;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

public sealed class DraftLedger(IDbContextFactory<OutreachDbContext> contexts) : IDraftLedger
{
    public async Task<DraftEntity?> FindAsync(string draftKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.DraftKey == draftKey, cancellationToken);
    }

    public async Task RecordAsync(DraftEntity draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Drafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
    }
}
