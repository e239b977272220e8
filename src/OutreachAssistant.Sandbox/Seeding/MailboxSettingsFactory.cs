using System.Globalization;
using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>Builds the Graph mailboxSettings object for a seeded mailbox.</summary>
internal static class MailboxSettingsFactory
{
    public static JsonObject Build(SeedMailbox seed, SeedScope scope)
    {
        var timeZone = seed.TimeZone ?? "UTC";
        var hours = seed.WorkingHours ?? new SeedWorkingHours();
        var replies = new JsonObject
        {
            ["status"] = "disabled",
            ["externalAudience"] = "all",
            ["scheduledStartDateTime"] = DateTimeTimeZone(scope.Now),
            ["scheduledEndDateTime"] = DateTimeTimeZone(scope.Now.AddDays(1)),
            ["internalReplyMessage"] = "",
            ["externalReplyMessage"] = "",
        };
        foreach (var (name, value) in seed.AutomaticReplies ?? [])
        {
            replies[name] = value is JsonValue text && text.TryGetValue<string>(out var time) && name.StartsWith("scheduled", StringComparison.OrdinalIgnoreCase)
                ? DateTimeTimeZone(RelativeTime.TryParse(time, scope.Now, scope.Zone)
                    ?? throw scope.Error(null, $"automaticReplies.{name}", $"'{time}' is not a time."))
                : value?.DeepClone();
        }

        return new JsonObject
        {
            ["archiveFolder"] = scope.Folders.First(f => f.WellKnownName == Model.WellKnownFolders.Archive).Id,
            ["timeZone"] = timeZone,
            ["automaticRepliesSetting"] = replies,
            ["dateFormat"] = "M/d/yyyy",
            ["timeFormat"] = "h:mm tt",
            ["delegateMeetingMessageDeliveryOptions"] = "sendToDelegateOnly",
            ["userPurpose"] = "user",
            ["language"] = Language(seed.Language ?? "en-US"),
            ["workingHours"] = new JsonObject
            {
                ["daysOfWeek"] = new JsonArray([.. hours.DaysOfWeek.Select(d => (JsonNode)d.ToLowerInvariant())]),
                ["startTime"] = WallClock(hours.StartTime, "workingHours.startTime", scope),
                ["endTime"] = WallClock(hours.EndTime, "workingHours.endTime", scope),
                ["timeZone"] = hours.TimeZone?.DeepClone() ?? new JsonObject { ["name"] = timeZone },
            },
        };
    }

    private static JsonObject DateTimeTimeZone(DateTimeOffset value) => new()
    {
        ["dateTime"] = value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = "UTC",
    };

    private static JsonObject Language(string locale)
    {
        var displayName = CultureInfo.GetCultureInfo(locale).EnglishName;
        return new JsonObject { ["locale"] = locale, ["displayName"] = displayName };
    }

    private static string WallClock(string text, string field, SeedScope scope) =>
        TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out var time)
            ? time.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture)
            : throw scope.Error(null, field, $"'{text}' is not a time of day.");
}
