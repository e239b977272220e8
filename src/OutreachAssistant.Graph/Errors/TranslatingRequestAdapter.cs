using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Abstractions.Store;

namespace OutreachAssistant.Graph.Errors;

/// <summary>
/// The one place where Graph's, Kiota's, Azure.Identity's and Polly's exceptions become ours: every request of
/// the SDK passes through its adapter, so this wrapper turns whatever a request throws into a
/// <see cref="GraphFailureException"/> of the right kind (a cancellation asked for stays a cancellation).
/// </summary>
internal sealed class TranslatingRequestAdapter(IRequestAdapter inner) : IRequestAdapter
{
    public ISerializationWriterFactory SerializationWriterFactory => inner.SerializationWriterFactory;

    public string? BaseUrl
    {
        get => inner.BaseUrl;
        set => inner.BaseUrl = value;
    }

    /// <summary>
    /// Left out: the backing store's proxies mark, after each message read, every value as unchanged (a walk of the
    /// whole message, a tenth of a first sync's work) so that a model read and changed is sent with its changes alone.
    /// Every body this client sends is a model made afresh, all of whose values are to be sent either way. The models
    /// keep their values in our plain store instead of Kiota's (<see cref="PlainBackingStore"/>); Kiota's models ask
    /// one process-wide factory for it.
    /// </summary>
    public void EnableBackingStore(IBackingStoreFactory backingStoreFactory) =>
        BackingStoreFactorySingleton.Instance = PlainBackingStoreFactory.Instance;

    public Task<TModel?> SendAsync<TModel>(RequestInformation requestInfo, ParsableFactory<TModel> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where TModel : IParsable =>
        Translated(() => inner.SendAsync(requestInfo, factory, errorMapping, cancellationToken));

    public Task<IEnumerable<TModel>?> SendCollectionAsync<TModel>(RequestInformation requestInfo, ParsableFactory<TModel> factory, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where TModel : IParsable =>
        Translated(() => inner.SendCollectionAsync(requestInfo, factory, errorMapping, cancellationToken));

    public Task<TModel?> SendPrimitiveAsync<TModel>(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default) =>
        Translated(() => inner.SendPrimitiveAsync<TModel>(requestInfo, errorMapping, cancellationToken));

    public Task<IEnumerable<TModel>?> SendPrimitiveCollectionAsync<TModel>(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default) =>
        Translated(() => inner.SendPrimitiveCollectionAsync<TModel>(requestInfo, errorMapping, cancellationToken));

    public Task SendNoContentAsync(RequestInformation requestInfo, Dictionary<string, ParsableFactory<IParsable>>? errorMapping = null, CancellationToken cancellationToken = default) =>
        Translated(async () =>
        {
            await inner.SendNoContentAsync(requestInfo, errorMapping, cancellationToken);
            return true;
        });

    public Task<T?> ConvertToNativeRequestAsync<T>(RequestInformation requestInfo, CancellationToken cancellationToken = default) =>
        inner.ConvertToNativeRequestAsync<T>(requestInfo, cancellationToken);

    private static async Task<T> Translated<T>(Func<Task<T>> send)
    {
        try
        {
            return await send();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || exception is TaskCanceledException { InnerException: TimeoutException })
        {
            if (GraphFailures.Translate(exception) is { } failure)
            {
                throw failure;
            }

            throw;
        }
    }
}
