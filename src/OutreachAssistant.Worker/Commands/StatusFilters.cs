using System.Text.Json;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Commands;

/// <summary>Checks and applies a <see cref="StatusFilter"/>: states as <c>status</c> names them, mailboxes by their <c>Id</c>.</summary>
public static class StatusFilters
{
    /// <summary>Every state a thread can be in, as <c>status</c> names them.</summary>
    public static IReadOnlyList<string> StateNames { get; } =
        [.. Enum.GetValues<OutreachThreadState>().Select(s => JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString()))];

    /// <exception cref="StatusFilterException">A state or mailbox named is not one there is.</exception>
    public static void Check(StatusFilter filter, MailboxesOptions mailboxes)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(mailboxes);
        if (filter.States.FirstOrDefault(s => !StateNames.Contains(s, StringComparer.OrdinalIgnoreCase)) is { } state)
        {
            throw new StatusFilterException($"--state {state} is not a state; the states are {string.Join(", ", StateNames)}.");
        }

        var ids = mailboxes.Items.Select(m => m.Id).ToList();
        if (filter.Mailboxes.FirstOrDefault(m => !ids.Contains(m, StringComparer.OrdinalIgnoreCase)) is { } mailbox)
        {
            throw new StatusFilterException($"--mailbox {mailbox} is not one of Mailboxes; they are {string.Join(", ", ids)}.");
        }
    }

    /// <summary>True when the list is empty (no filter) or holds the value.</summary>
    public static bool Lets(IReadOnlyList<string> wanted, string value) =>
        wanted.Count == 0 || wanted.Contains(value, StringComparer.OrdinalIgnoreCase);
}
