namespace OutreachAssistant.Core.FollowUps;

/// <summary>An Outlook category a plan puts on a message (<paramref name="Add"/>) or takes off it.</summary>
public sealed record CategoryChange(string MessageId, string Category, bool Add);
