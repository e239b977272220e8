using System.Text.Json;

namespace OutreachAssistant.Storage;

/// <summary>A message's Outlook categories as stored: a JSON array, since a category's name may hold any character.</summary>
public static class CategoryList
{
    public static string Of(IEnumerable<string> categories) => JsonSerializer.Serialize(categories.ToArray());

    /// <summary>The categories a stored list holds; none for a row that never had them read.</summary>
    public static IReadOnlyList<string> Read(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(stored) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
