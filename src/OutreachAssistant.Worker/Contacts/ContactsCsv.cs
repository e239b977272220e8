using System.Globalization;
using CsvHelper;

namespace OutreachAssistant.Worker.Contacts;

/// <summary>
/// The tracker as CSV that Excel opens cleanly: UTF-8 with a byte order mark (so Excel does not read it as the
/// local code page), RFC 4180 quoting and CRLF, ISO dates, and text that would start a formula (= + - @) escaped
/// with a leading apostrophe, since names and subjects come from other people's mail.
/// </summary>
public static class ContactsCsv
{
    /// <summary>The columns, in order; the guides' tracker's own first, then what the service adds.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Name", "Address", "Role", "Institution", "How you met", "What you discussed", "First contact", "Last contact",
        "Last from", "Replies", "State", "Next action", "Next action on", "Why", "Mailbox",
    ];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static void Write(Stream destination, IEnumerable<ContactRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader([.. Columns]);
        foreach (var row in rows)
        {
            csv.WriteRecord(
            [
                row.Name,
                row.Address,
                row.Role ?? string.Empty,
                row.Institution ?? string.Empty,
                row.HowYouMet,
                row.Discussed,
                Date(row.FirstContact),
                Date(row.LastContact),
                row.LastFrom,
                row.Replies.ToString(CultureInfo.InvariantCulture),
                row.State,
                row.NextAction,
                row.NextActionAt is { } at ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty,
                row.Why,
                row.Mailbox,
            ]);
        }

        csv.Flush();
    }

    /// <summary>ISO 8601 (yyyy-MM-dd) on the mailbox's clock: Excel reads it as a date in every locale.</summary>
    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
