using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>The record of drafts made: looked up before a draft is created, written right after.</summary>
public interface IDraftLedger
{
    Task<DraftEntity?> FindAsync(string draftKey, CancellationToken cancellationToken);

    Task RecordAsync(DraftEntity draft, CancellationToken cancellationToken);
}
