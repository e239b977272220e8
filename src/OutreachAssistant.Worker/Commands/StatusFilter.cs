namespace OutreachAssistant.Worker.Commands;

/// <summary>
/// Which threads <c>outreach status</c> lists: those in one of <paramref name="States"/> (as status names them, e.g.
/// <c>waiting</c>, <c>drafted</c>) and of one of <paramref name="Mailboxes"/>; an empty list leaves that out.
/// </summary>
public sealed record StatusFilter(IReadOnlyList<string> States, IReadOnlyList<string> Mailboxes)
{
    public static StatusFilter None { get; } = new([], []);
}
