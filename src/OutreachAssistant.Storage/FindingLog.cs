using Microsoft.EntityFrameworkCore;

namespace OutreachAssistant.Storage;

/// <summary>The findings on messages of tracked threads, kept per message (never its text).</summary>
public sealed class FindingLog(IDbContextFactory<OutreachDbContext> contexts)
{
    /// <summary>Replaces the findings of one message, so a message checked again is not counted twice.</summary>
    public async Task SaveAsync(string messageId, IReadOnlyCollection<FindingRecord> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Findings.RemoveRange(db.Findings.Where(f => f.MessageId == messageId));
        db.Findings.AddRange(findings.Select(f => f.ToRow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every finding, in the order they were found.</summary>
    public async Task<IReadOnlyList<FindingRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Findings.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(FindingRecord.From)];
    }
}
