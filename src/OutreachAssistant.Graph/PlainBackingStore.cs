using Microsoft.Kiota.Abstractions.Store;

namespace OutreachAssistant.Graph;

/// <summary>
/// The store behind every Graph model's properties: a plain dictionary. Kiota's own keeps each value in a
/// concurrent dictionary with a tuple beside it and walks nested collections on every set, which made up a
/// tenth of what a first sync allocates; a model here is made and read by one request on one thread at a time.
/// It still knows which values changed since initialization ended, should a caller ask for those alone.
/// </summary>
public sealed class PlainBackingStore : IBackingStore
{
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> changed = new(StringComparer.Ordinal);
    private Dictionary<string, Action<string, object?, object?>>? subscriptions;
    private bool initializationCompleted = true;

    public bool InitializationCompleted
    {
        get => initializationCompleted;
        set
        {
            initializationCompleted = value;
            if (value)
            {
                changed.Clear();
            }
        }
    }

    public bool ReturnOnlyChangedValues { get; set; }

    public T? Get<T>(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return values.TryGetValue(key, out var value) && (!ReturnOnlyChangedValues || changed.Contains(key)) ? (T?)value : default;
    }

    public void Set<T>(string key, T? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        values.TryGetValue(key, out var old);
        values[key] = value;
        if (initializationCompleted)
        {
            changed.Add(key);
        }

        if (subscriptions is not null)
        {
            foreach (var callback in subscriptions.Values)
            {
                callback(key, old, value);
            }
        }
    }

    public IEnumerable<KeyValuePair<string, object?>> Enumerate() =>
        ReturnOnlyChangedValues ? values.Where(v => changed.Contains(v.Key)) : values;

    public IEnumerable<string> EnumerateKeysForValuesChangedToNull() =>
        values.Where(v => v.Value is null && changed.Contains(v.Key)).Select(v => v.Key);

    public string Subscribe(Action<string, object?, object?> callback)
    {
        var id = Guid.NewGuid().ToString();
        Subscribe(callback, id);
        return id;
    }

    public void Subscribe(Action<string, object?, object?> callback, string subscriptionId)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentException.ThrowIfNullOrEmpty(subscriptionId);
        (subscriptions ??= new(StringComparer.Ordinal))[subscriptionId] = callback;
    }

    public void Unsubscribe(string subscriptionId) => subscriptions?.Remove(subscriptionId);

    public void Clear()
    {
        values.Clear();
        changed.Clear();
    }
}
