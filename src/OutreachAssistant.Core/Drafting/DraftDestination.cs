namespace OutreachAssistant.Core.Drafting;

public enum DraftDestination
{
    Inbox,
    Drafts,
}
