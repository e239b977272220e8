namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>Someone the applicant writes to cold: a program director, coordinator or researcher, at one institution.</summary>
internal sealed record Contact(string Title, string FirstName, string LastName, string Address, string Role, Institution Institution, string Department)
{
    public string FullName => Title.Length == 0 ? $"{FirstName} {LastName}" : $"{Title} {FirstName} {LastName}";

    public string Mailbox => $"{FullName} <{Address}>";

    /// <summary>"Dr. Smith", or the first name when the contact has no title.</summary>
    public string Salutation => Title.Length == 0 ? FirstName : $"{Title} {LastName}";
}
