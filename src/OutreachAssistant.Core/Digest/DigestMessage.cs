namespace OutreachAssistant.Core.Digest;

/// <summary>The digest as it goes into the Inbox: a subject with the week's figures, and a plain-text body.</summary>
public sealed record DigestMessage(string Subject, string Body);
