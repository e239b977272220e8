using Azure.Core;
using Azure.Identity;
using OutreachAssistant.Graph.SignIn;

namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>A credential source for tests: the service gets <see cref="Credential"/>; a login saves <see cref="Record"/>.</summary>
public sealed class FakeCredentialSource(TokenCredential credential, AuthenticationRecordStore? records = null) : ICredentialSource
{
    public TokenCredential Credential { get; } = credential;

    public int ServiceRequests { get; private set; }

    public Task<TokenCredential> ForServiceAsync(CancellationToken cancellationToken)
    {
        ServiceRequests++;
        return Task.FromResult(Credential);
    }

    public async Task<AuthenticationRecord> SignInAsync(Func<DeviceCodeInfo, CancellationToken, Task> showCode, CancellationToken cancellationToken)
    {
        var record = await AuthRecords.SampleAsync();
        await records!.SaveAsync(record, cancellationToken);
        return record;
    }
}
