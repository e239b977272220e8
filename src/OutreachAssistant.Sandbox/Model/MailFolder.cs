namespace OutreachAssistant.Sandbox.Model;

internal sealed record MailFolder(string Id, string WellKnownName, string DisplayName, string ParentFolderId);
