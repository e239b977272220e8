using System.Data.Common;

namespace OutreachAssistant.Storage;

/// <summary>A serializable transaction that lost to another writer (PostgreSQL's serialization failure or a deadlock).</summary>
internal static class WriteConflicts
{
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    /// <summary>EF Core wraps the server's error once or twice (a save, a transient failure); its SQL state says what it was.</summary>
    public static bool Is(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is DbException { SqlState: SerializationFailure or DeadlockDetected })
            {
                return true;
            }
        }

        return false;
    }
}
