namespace OutreachAssistant.Storage;

/// <summary>
/// What the state file's schema is made of: EF Core migrations, recorded in the file's own history table.
/// Releases before migrations stamped the file's SQLite <c>user_version</c> instead; the last of those
/// stamps is adopted as the first migration, so its history is kept.
/// </summary>
public static class StateSchema
{
    /// <summary>The stamp of the last release before migrations (the fingerprint of its create script).</summary>
    public const int LastStampedRelease = 327947862;

    /// <summary>The migration that creates exactly the schema that release stamped.</summary>
    public const string BaselineMigration = "20261130190659_Release327947862";

    /// <summary>The EF Core version that release was built with, written into the adopted history row.</summary>
    public const string BaselineProductVersion = "10.0.14";
}
