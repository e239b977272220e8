namespace OutreachAssistant.Worker.Commands;

/// <summary>What one <c>run --once</c> did: the drafts this process made, and the mailboxes it could not serve.</summary>
public sealed record OnceRunResult(int Created, IReadOnlyList<UnservedMailbox> Unserved);
