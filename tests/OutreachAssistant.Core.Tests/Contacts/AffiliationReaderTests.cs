using OutreachAssistant.Core.Contacts;

namespace OutreachAssistant.Core.Tests.Contacts;

/// <summary>The tracker's "role" and "institution" columns, read from how a contact signs, else from their address.</summary>
public sealed class AffiliationReaderTests
{
    private static readonly string[] PublicDomains = ["gmail.com", "outlook.com"];

    [Theory]
    [InlineData("Dear Amira,\nHappy to help.\n\nKind regards,\nJane Smith, MD\nProgram Director, Pediatrics Residency\nRiverside Children's Hospital\nTel: +1 555 010 2000",
        "Dr. Jane Smith", "Program Director, Pediatrics Residency", "Riverside Children's Hospital")]
    [InlineData("Hi Amira,\nSure, send me your CV.\n\nThanks,\nAna Ruiz\nProfessor of Medicine | Lakeside University School of Medicine\nana.ruiz@lakeside.example.edu",
        "Ana Ruiz", "Professor of Medicine", "Lakeside University School of Medicine")]
    [InlineData("Dear Dr. Haddad,\nPlease apply through ERAS.\n\n--\nMaria Lopez\nResidency Coordinator\nDepartment of Psychiatry, Northfield Medical Center\n(555) 010-3000",
        "Maria Lopez", "Residency Coordinator", "Northfield Medical Center")]
    [InlineData("Dear Amira,\nWe can talk on Friday.\n\nWarmly,\nTom Baker\nChief Resident\n\nOn Mon, Nov 2, 2026 at 10:00 AM Amira Haddad wrote:\n> Dear Dr. Baker,\n> Amira Haddad\n> Riverside University",
        "Tom Baker", "Chief Resident", "childrens.example.org")]
    public void Read_SignedAnswer_RoleAndInstitution(string body, string sender, string role, string institution)
    {
        var affiliation = AffiliationReader.Read(body, sender, "jsmith@childrens.example.org", PublicDomains);

        Assert.Equal((role, institution), (affiliation.Role, affiliation.Institution));
    }

    [Fact]
    public void Read_NoSignature_InstitutionFromTheDomain()
    {
        var affiliation = AffiliationReader.Read(null, "Dr. Jane Smith", "jsmith@mail.childrens.example.org", PublicDomains);

        Assert.Equal(new ContactAffiliation(null, "childrens.example.org", InstitutionFromDomain: true), affiliation);
    }

    [Fact]
    public void Read_PublicMailProvider_NoInstitution()
    {
        var affiliation = AffiliationReader.Read("Thanks,\nBob", "Bob Jones", "bob.jones@Gmail.com", PublicDomains);

        Assert.Equal(new ContactAffiliation(null, null), affiliation);
    }
}
