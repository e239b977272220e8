using System.Text;
using Azure.Identity;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>An authentication record as Azure.Identity serialises one after a device-code sign-in.</summary>
public static class AuthRecords
{
    private const string Json = """
        {"username":"amira.haddad@outlook.example","authority":"login.microsoftonline.com","homeAccountId":"00000000-0000-0000-1111-222222222222.9188040d-6c67-4c5b-b112-36a304b66dad","tenantId":"9188040d-6c67-4c5b-b112-36a304b66dad","clientId":"11111111-2222-3333-4444-555555555555","version":"1.0"}
        """;

    public static async Task<AuthenticationRecord> SampleAsync()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Json));
        return await AuthenticationRecord.DeserializeAsync(stream);
    }
}
