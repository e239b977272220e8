using System.Text.Json;
using System.Text.Json.Serialization;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Graph;

namespace OutreachAssistant.Worker.Mailboxes;

/// <summary>A <see cref="MailboxProfile"/> as the store keeps it between runs: plain JSON, read back whole or not at all.</summary>
public sealed record StoredMailboxProfile(
    string UserId,
    string Address,
    string? Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, MailFolderKind> Folders,
    string? TimeZone,
    IReadOnlyList<DayOfWeek>? WorkingDays,
    TimeOnly? WorkStart,
    TimeOnly? WorkEnd,
    string? WorkingHoursZone)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(MailboxProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var hours = profile.WorkingHours;
        var stored = new StoredMailboxProfile(
            profile.UserId,
            profile.Owner.Address.Address,
            profile.Owner.Address.Name,
            profile.Owner.Aliases,
            profile.FolderKinds,
            profile.TimeZone,
            hours?.Days,
            hours?.Start,
            hours?.End,
            hours?.TimeZone);
        return JsonSerializer.Serialize(stored, Json);
    }

    /// <returns>The profile, or null when the text is not one this version wrote (then the mailbox is asked again).</returns>
    public static MailboxProfile? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<StoredMailboxProfile>(json, Json)?.ToProfile();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private MailboxProfile? ToProfile()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Address) || Folders is null)
        {
            return null;
        }

        var hours = WorkingDays is { } days && WorkStart is { } start && WorkEnd is { } end
            ? new MailboxWorkingHours(days, start, end, WorkingHoursZone)
            : null;
        return new MailboxProfile(UserId, new MailboxOwner(new EmailAddress(Address, Name), Aliases ?? []), Folders, TimeZone, hours);
    }
}
