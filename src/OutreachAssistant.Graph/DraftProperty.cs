namespace OutreachAssistant.Graph;

/// <summary>The single-value extended property that carries our draft key on every draft we make.</summary>
public static class DraftProperty
{
    /// <summary>A named string property in a GUID set of our own; the name is case-sensitive in filters.</summary>
    public const string Id = "String {6b0f8c1e-3c7a-4d0e-9f4b-2a5d7c9e1f30} Name OutreachAssistantDraftKey";

    public static string Filter(string draftKey) =>
        $"singleValueExtendedProperties/Any(ep: ep/id eq '{Id}' and ep/value eq '{Escape(draftKey)}')";

    // OData doubles a single quote inside a string literal.
    internal static string Escape(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}
