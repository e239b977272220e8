using System.Runtime.Serialization;

namespace OutreachAssistant.Graph.Clock;

/// <summary>
/// Turns a mailbox's zone as the profile keeps it into a <see cref="TimeZoneInfo"/>: a Windows name (what
/// Outlook reports by default), an IANA name, or a zone the service built itself (a custom or learnt one),
/// kept in <see cref="TimeZoneInfo.ToSerializedString"/> form because no name can stand for it.
/// </summary>
public static class ZoneNames
{
    public static bool TryFind(string? name, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found)
            || (TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var iana) && TimeZoneInfo.TryFindSystemTimeZoneById(iana, out found)))
        {
            zone = found;
            return true;
        }

        if (name.Contains(';', StringComparison.Ordinal))
        {
            try
            {
                zone = TimeZoneInfo.FromSerializedString(name);
                return true;
            }
            catch (Exception ex) when (ex is ArgumentException or SerializationException or InvalidTimeZoneException)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How a zone is kept in the profile: its name when the system knows it by that name, else its serialized form.</summary>
    public static string Keep(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.TryFindSystemTimeZoneById(zone.Id, out _) ? zone.Id : zone.ToSerializedString();
    }
}
