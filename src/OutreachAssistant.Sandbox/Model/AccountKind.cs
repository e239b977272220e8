namespace OutreachAssistant.Sandbox.Model;

/// <summary>
/// What kind of Microsoft account owns a mailbox. Personal (outlook.com) mailboxes are reported to answer
/// <c>mailboxSettings</c> with 403 <c>ErrorAccessDenied</c> even with <c>MailboxSettings.Read</c> granted.
/// </summary>
internal enum AccountKind
{
    Work,
    Personal,
}
