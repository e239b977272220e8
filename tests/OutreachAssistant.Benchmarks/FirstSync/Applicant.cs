namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>The mailbox's owner: an international medical graduate applying to pediatrics residency.</summary>
internal static class Applicant
{
    public const string MailboxId = "amira";
    public const string Name = "Amira Haddad";
    public const string FirstName = "Amira";
    public const string Address = "amira.haddad@outlook.example";
    public const string School = "Cairo University Faculty of Medicine";

    public static string Mailbox => $"{Name} <{Address}>";

    /// <summary>The sign-off block under her own mail.</summary>
    public static string Signature { get; } = $"{Name}, MD\n{School}, Class of 2024\n{Address} | +1 (617) 555-0142";
}
