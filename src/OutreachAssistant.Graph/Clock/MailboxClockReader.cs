using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item;
using Microsoft.Kiota.Abstractions;
using OutreachAssistant.Core.Text;
using OutreachAssistant.Graph.Errors;

namespace OutreachAssistant.Graph.Clock;

/// <summary>
/// Learns the mailbox's clock. From mailboxSettings when Graph gives them; they are reported to answer 403
/// <c>ErrorAccessDenied</c> for personal (outlook.com) accounts, and a token may lack <c>MailboxSettings.Read</c>,
/// so a 403 is no reason to stop: the zone is then read from the user's own replies (see
/// <see cref="QuotedOriginal"/>), else taken as UTC, and working hours as Outlook's default, Monday to Friday
/// 09:00 to 17:00, each assumption said in <see cref="MailboxClock.Assumption"/>.
/// </summary>
internal sealed class MailboxClockReader(UserItemRequestBuilder user, IRequestOption lane)
{
    private const string DefaultHours = "working hours assumed Monday to Friday, 09:00 to 17:00";

    // Replies to look through: enough to find one written in Outlook, few enough for one page.
    private const int RepliesRead = 25;

    public async Task<MailboxClock> ReadAsync(CancellationToken cancellationToken)
    {
        MailboxSettings? settings;
        try
        {
            settings = await user.MailboxSettings.GetAsync(rc => rc.Options.Add(lane), cancellationToken);
        }
        catch (GraphFailureException failure) when (failure.Kind == GraphFailureKind.AccessDenied)
        {
            return await LearnAsync(failure.Code ?? "403", cancellationToken);
        }

        return FromSettings(settings);
    }

    private static MailboxClock FromSettings(MailboxSettings? settings)
    {
        var zone = settings?.TimeZone;
        var hours = settings?.WorkingHours;
        var hoursZone = hours?.TimeZone?.Name;
        string? assumption = null;
        if (hours?.TimeZone is CustomTimeZone custom)
        {
            if (CustomTimeZoneConverter.ToTimeZoneInfo(custom) is { } converted)
            {
                hoursZone = ZoneNames.Keep(converted);
            }
            else
            {
                hoursZone = zone;
                assumption = $"the working hours' custom time zone could not be read; they are taken in {Named(zone)}";
            }
        }

        if (!string.IsNullOrEmpty(zone) && !ZoneNames.TryFind(zone, out _))
        {
            // A zone this system does not know (or none): the working hours' own zone if it is known, else UTC.
            var fallback = ZoneNames.TryFind(hoursZone, out _) ? hoursZone : null;
            assumption = Join(assumption, $"time zone \"{zone}\" is not known here; times are in {Named(fallback)}");
            zone = fallback;
        }

        return new MailboxClock(zone, HoursOf(hours, hoursZone), assumption);
    }

    private async Task<MailboxClock> LearnAsync(string code, CancellationToken cancellationToken)
    {
        var why = $"mailboxSettings answered 403 {code}, as it does for personal accounts";
        if (await OffsetFromRepliesAsync(cancellationToken) is { } offset)
        {
            var zone = FixedOffsetZone.Of(offset);
            return new MailboxClock(ZoneNames.Keep(zone), null, $"time zone assumed from your sent mail: {zone.Id}; {DefaultHours} ({why})");
        }

        return new MailboxClock(null, null, $"time zone assumed UTC: no reply in your sent mail shows your clock; {DefaultHours} ({why})");
    }

    /// <summary>The offset the newest of the user's replies shows, checked against the original it quotes.</summary>
    private async Task<TimeSpan?> OffsetFromRepliesAsync(CancellationToken cancellationToken)
    {
        var sent = await user.MailFolders["sentitems"].Messages.GetAsync(
            rc =>
            {
                rc.QueryParameters.Select = ["conversationId", "sentDateTime", "body"];
                rc.QueryParameters.Orderby = ["receivedDateTime desc"];
                rc.QueryParameters.Top = RepliesRead;
                rc.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
                rc.Options.Add(lane);
            },
            cancellationToken);
        foreach (var reply in sent?.Value ?? [])
        {
            // Lists answer in HTML whatever the Prefer header asks (list-messages), so HTML is read as text here.
            var text = reply.Body is { ContentType: BodyType.Html, Content: { } html } ? OwnTextExtractor.HtmlToText(html) : reply.Body?.Content;
            if (QuotedOriginal.Find(text) is { } quoted && reply.ConversationId is { } conversation
                && await OffsetAsync(quoted, conversation, reply.SentDateTime, cancellationToken) is { } offset)
            {
                return offset;
            }
        }

        return null;
    }

    private async Task<TimeSpan?> OffsetAsync(QuotedOriginal quoted, string conversationId, DateTimeOffset? replySent, CancellationToken cancellationToken)
    {
        var thread = await user.Messages.GetAsync(
            rc =>
            {
                rc.QueryParameters.Filter = $"conversationId eq '{DraftProperty.Escape(conversationId)}'";
                rc.QueryParameters.Select = ["from", "sentDateTime"];
                rc.Options.Add(lane);
            },
            cancellationToken);
        return (thread?.Value ?? [])
            .Where(m => m.SentDateTime is { } at && (replySent is null || at < replySent)
                && string.Equals(m.From?.EmailAddress?.Address, quoted.FromAddress, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(m => m.SentDateTime)
            .Select(m => quoted.OffsetAgainst(m.SentDateTime!.Value))
            .FirstOrDefault(offset => offset is not null);
    }

    private static MailboxWorkingHours? HoursOf(WorkingHours? hours, string? zone) =>
        hours?.StartTime is { } start && hours.EndTime is { } end
            ? new MailboxWorkingHours(
                [.. (hours.DaysOfWeek ?? []).OfType<DayOfWeekObject>().Select(d => Enum.Parse<DayOfWeek>(d.ToString()))],
                new TimeOnly(start.Hour, start.Minute, start.Second),
                new TimeOnly(end.Hour, end.Minute, end.Second),
                zone)
            : null;

    private static string Named(string? zone) => ZoneNames.TryFind(zone, out var found) ? found.Id : "UTC";

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";
}
