namespace OutreachAssistant.Graph.Clock;

/// <summary>
/// The zone to name in <c>Prefer: outlook.timezone</c>, whose values "can be any of the outlook
/// supportedTimeZones" (message-createreply): the mailbox's own zone name as Outlook reported it; for a zone the
/// service built and that keeps one offset (learnt from mail), a Windows zone with that offset all year. A
/// built zone with daylight saving has no such twin: null, and Graph quotes in UTC.
/// </summary>
public static class OutlookZoneName
{
    private static readonly DateTimeOffset Winter = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2026, 7, 15, 12, 0, 0, TimeSpan.Zero);

    public static string? For(string? profileZone)
    {
        if (!ZoneNames.TryFind(profileZone, out var zone))
        {
            return null;
        }

        if (!profileZone!.Contains(';', StringComparison.Ordinal))
        {
            return profileZone;
        }

        if (zone.SupportsDaylightSavingTime)
        {
            return null;
        }

        return SteadyZonesWith(zone.BaseUtcOffset)
            .Select(id => TimeZoneInfo.TryConvertIanaIdToWindowsId(id, out var windows) ? windows : null)
            .FirstOrDefault(windows => windows is not null);
    }

    // Etc/GMT+5 is UTC-05:00 all year (POSIX signs are inverted); other zones only if they keep the offset all year.
    private static IEnumerable<string> SteadyZonesWith(TimeSpan offset)
    {
        if (offset.Minutes == 0 && offset != TimeSpan.Zero)
        {
            yield return $"Etc/GMT{(offset < TimeSpan.Zero ? "+" : "-")}{Math.Abs(offset.Hours)}";
        }

        foreach (var zone in TimeZoneInfo.GetSystemTimeZones().OrderBy(z => z.Id, StringComparer.Ordinal))
        {
            if (zone.GetUtcOffset(Winter) == offset && zone.GetUtcOffset(Summer) == offset)
            {
                yield return zone.Id;
            }
        }
    }
}
