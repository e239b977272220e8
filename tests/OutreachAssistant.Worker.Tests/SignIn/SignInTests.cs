using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.SignIn;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.SignIn;

/// <summary>Sign-in state handling with fake credentials: nothing here reaches the network.</summary>
public sealed class SignInTests
{
    private const string ClientId = "11111111-2222-3333-4444-555555555555";

    [Fact]
    public async Task ForService_SavedRecord_SilentCredentialThatNeverPrompts()
    {
        var folder = Directory.CreateTempSubdirectory("outreach-signin-").FullName;
        var records = new AuthenticationRecordStore(Path.Combine(folder, "auth-record.json"));
        await records.SaveAsync(await AuthRecords.SampleAsync(), CancellationToken.None);
        var source = new AzureCredentialSource(new AuthOptions { ClientId = ClientId }, records);

        var credential = await source.ForServiceAsync(CancellationToken.None);
        var options = source.DeviceCodeOptions(await records.LoadAsync(CancellationToken.None), prompt: null);

        Assert.IsType<DeviceCodeCredential>(credential);
        Assert.True(options.DisableAutomaticAuthentication);
        Assert.Equal("amira.haddad@outlook.example", options.AuthenticationRecord?.Username);
        Assert.Equal(AzureCredentialSource.TokenCacheName, options.TokenCachePersistenceOptions?.Name);
        Assert.False(options.TokenCachePersistenceOptions is TokenCachePersistenceOptions { UnsafeAllowUnencryptedStorage: true });
    }

    [Fact]
    public async Task ForService_NoRecord_AsksForLoginInsteadOfPrompting()
    {
        var folder = Directory.CreateTempSubdirectory("outreach-signin-").FullName;
        var source = new AzureCredentialSource(new AuthOptions { ClientId = ClientId }, new AuthenticationRecordStore(Path.Combine(folder, "none.json")));

        var credential = await source.ForServiceAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<AuthenticationRequiredException>(() =>
            credential.GetTokenAsync(new Azure.Core.TokenRequestContext([.. GraphScopes.Delegated(false)]), CancellationToken.None).AsTask());
        Assert.Contains("outreach login", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_NobodySignedIn_MailboxMarkedNeedsSignIn()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        var settings = new Dictionary<string, string?>(world.Settings) { [$"{AuthOptions.SectionName}:Mode"] = "DeviceCode", [$"{AuthOptions.SectionName}:ClientId"] = ClientId, [$"{AuthOptions.SectionName}:AllowUnencryptedTokenCache"] = "true" };
        using var host = OutreachHost.Build(HostMode.Command, settings, world.Clock, world.Root);
        await host.StartAsync();

        var created = (await host.Services.GetRequiredService<Commands.OnceRunner>().RunAsync(CancellationToken.None)).Created;
        var status = await host.Services.GetRequiredService<Commands.StatusReport>().ReadAsync(CancellationToken.None);
        await host.StopAsync();

        Assert.Equal(0, created);
        var mailbox = Assert.Single(status.Mailboxes);
        Assert.Equal("needs-sign-in", mailbox.Status);
        Assert.Contains("outreach login", mailbox.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_SignedIn_UsesTheCredentialAndNeverAsksForMailSend()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        var credential = new FakeCredential(world.Sandbox.AccessToken);
        var settings = new Dictionary<string, string?>(world.Settings) { [$"{AuthOptions.SectionName}:Mode"] = "DeviceCode", [$"{AuthOptions.SectionName}:ClientId"] = ClientId, [$"{AuthOptions.SectionName}:AllowUnencryptedTokenCache"] = "true" };
        using var host = OutreachHost.Build(HostMode.Command, settings, world.Clock, world.Root, s => s.AddSingleton<ICredentialSource>(new FakeCredentialSource(credential)));
        await host.StartAsync();

        var created = (await host.Services.GetRequiredService<Commands.OnceRunner>().RunAsync(CancellationToken.None)).Created;
        await host.StopAsync();

        Assert.Equal(1, created);
        Assert.NotEmpty(credential.RequestedScopes);
        Assert.DoesNotContain(credential.RequestedScopes, s => s.Contains("Mail.Send", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["https://graph.microsoft.com/Mail.ReadWrite", "https://graph.microsoft.com/MailboxSettings.Read", "https://graph.microsoft.com/User.Read"], credential.RequestedScopes.Distinct());
    }

    [Theory]
    [InlineData("DeviceCode", false)]
    [InlineData("DeviceCode", true)]
    [InlineData("ClientSecret", false)]
    [InlineData("ManagedIdentity", false)]
    public void Scopes_AnyMode_NeverMailSend(string mode, bool calendar)
    {
        var scopes = GraphScopes.For(new AuthOptions { Mode = Enum.Parse<AuthMode>(mode), CalendarFeatures = calendar });
        Assert.DoesNotContain(scopes, s => s.Contains("Mail.Send", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(calendar, scopes.Any(s => s.EndsWith("Calendars.Read", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Start_NoCacheEncryptionAndNotAllowed_StopsNamingTheKey()
    {
        await using var world = await SandboxWorld.StartAsync([]);
        var settings = new Dictionary<string, string?>(world.Settings) { [$"{AuthOptions.SectionName}:Mode"] = "DeviceCode", [$"{AuthOptions.SectionName}:ClientId"] = ClientId };
        using var host = OutreachHost.Build(HostMode.Command, settings, world.Clock, world.Root, s => s.AddSingleton<ITokenCacheEncryption>(new NoEncryption()));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.StartsWith($"{AuthOptions.SectionName}:AllowUnencryptedTokenCache", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoCacheEncryptionButAllowed_Starts()
    {
        await using var world = await SandboxWorld.StartAsync([]);
        var settings = new Dictionary<string, string?>(world.Settings) { [$"{AuthOptions.SectionName}:Mode"] = "DeviceCode", [$"{AuthOptions.SectionName}:ClientId"] = ClientId, [$"{AuthOptions.SectionName}:AllowUnencryptedTokenCache"] = "true" };
        using var host = OutreachHost.Build(HostMode.Command, settings, world.Clock, world.Root, s => s.AddSingleton<ITokenCacheEncryption>(new NoEncryption()));

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_SecretWrittenInAppSettings_RefusedSayingWhereItBelongs()
    {
        var root = Directory.CreateTempSubdirectory("outreach-secret-").FullName;
        await File.WriteAllTextAsync(Path.Combine(root, "appsettings.json"), """
            { "Mailboxes": [ { "Id": "office", "User": "student@school.example" } ],
              "Graph": { "Mode": "Remote" },
              "Auth": { "Mode": "ClientSecret", "ClientId": "11111111-2222-3333-4444-555555555555", "ClientSecret": "s3cr3t" } }
            """);
        using var host = OutreachHost.Build(HostMode.Command, new Dictionary<string, string?> { [$"{StorageOptions.SectionName}:DataDirectory"] = Path.Combine(root, "data") }, contentRoot: root);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith($"{AuthOptions.SectionName}:ClientSecret must not be written in", failure, StringComparison.Ordinal);
        Assert.Contains($"{AuthOptions.SectionName}__ClientSecret", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginThenLogout_RecordSavedThenRemoved()
    {
        await using var world = await SandboxWorld.StartAsync([]);
        var settings = new Dictionary<string, string?>(world.Settings) { [$"{AuthOptions.SectionName}:Mode"] = "DeviceCode", [$"{AuthOptions.SectionName}:ClientId"] = ClientId, [$"{AuthOptions.SectionName}:AllowUnencryptedTokenCache"] = "true" };
        using var host = OutreachHost.Build(HostMode.Command, settings, world.Clock, world.Root, s =>
            s.AddSingleton<ICredentialSource>(sp => new FakeCredentialSource(new FakeCredential("unused"), sp.GetRequiredService<AuthenticationRecordStore>())));
        var signIn = host.Services.GetRequiredService<SignInService>();
        var records = host.Services.GetRequiredService<AuthenticationRecordStore>();
        using var output = new StringWriter();

        await signIn.LoginAsync(output, CancellationToken.None);
        var savedAfterLogin = records.Exists;
        await signIn.LogoutAsync(output, CancellationToken.None);

        Assert.True(savedAfterLogin);
        Assert.False(records.Exists);
        Assert.Contains("Signed in as amira.haddad@outlook.example", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Signed out", output.ToString(), StringComparison.Ordinal);
    }

    private sealed class NoEncryption : ITokenCacheEncryption
    {
        public bool IsAvailable => false;
    }
}
