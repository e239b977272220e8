using System.Globalization;
using System.Text.RegularExpressions;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>
/// Expands <c>{{date:+8d}}</c> in seed subjects and bodies to a long date in the mailbox's zone, so text such
/// as an out-of-office return date stays consistent with relative message times.
/// </summary>
internal static partial class SeedTemplate
{
    public static string Expand(string text, string field, string? key, SeedScope scope) =>
        DatePlaceholder().Replace(text, match =>
        {
            var when = RelativeTime.TryParse(match.Groups["time"].Value, scope.Now, scope.Zone)
                ?? throw scope.Error(key, field, $"has a placeholder '{match.Value}' whose time is invalid.");
            return TimeZoneInfo.ConvertTime(when, scope.Zone).ToString("dddd, MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));
        });

    [GeneratedRegex(@"\{\{date:(?<time>[^}]+)\}\}")]
    private static partial Regex DatePlaceholder();
}
