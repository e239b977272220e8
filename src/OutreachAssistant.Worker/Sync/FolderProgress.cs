namespace OutreachAssistant.Worker.Sync;

/// <summary>One folder's sync: the messages its delta brought so far, and whether it reached its end.</summary>
public sealed record FolderProgress(string MailboxId, string Folder, int Read, bool Done);
