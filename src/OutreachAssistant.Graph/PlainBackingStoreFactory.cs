using Microsoft.Kiota.Abstractions.Store;

namespace OutreachAssistant.Graph;

/// <summary>Makes a <see cref="PlainBackingStore"/> for each Graph model.</summary>
public sealed class PlainBackingStoreFactory : IBackingStoreFactory
{
    public static PlainBackingStoreFactory Instance { get; } = new();

    public IBackingStore CreateBackingStore() => new PlainBackingStore();
}
