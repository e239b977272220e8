using Microsoft.Extensions.Options;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Mailboxes;

namespace OutreachAssistant.Worker.Doctor;

/// <summary>
/// <c>outreach doctor</c>: checks what the service needs, in the order it needs it (settings, data folder,
/// sign-in, Graph for each mailbox), and says what is wrong and how to fix it. It reads; it changes nothing.
/// </summary>
public sealed class DoctorService(
    IOptions<GraphOptions> graph,
    IOptions<AuthOptions> auth,
    OutreachPaths paths,
    AuthenticationRecordStore records,
    ITokenCacheEncryption encryption,
    MailboxConnections connections)
{
    private static readonly TimeSpan MailboxTimeout = TimeSpan.FromSeconds(30);

    public async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var checks = new List<DoctorCheck> { new("settings", true, "appsettings.json and the environment pass validation"), DataDirectory() };
        checks.AddRange(SignIn());
        foreach (var mailboxId in connections.MailboxIds)
        {
            checks.Add(await MailboxAsync(mailboxId, cancellationToken));
        }

        foreach (var check in checks)
        {
            await output.WriteLineAsync(check.ToString());
        }

        return checks.All(c => c.Ok) ? 0 : 1;
    }

    private DoctorCheck DataDirectory()
    {
        try
        {
            Directory.CreateDirectory(paths.DataDirectory);
            var probe = Path.Combine(paths.DataDirectory, $".doctor-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return new("data folder", true, $"{paths.DataDirectory} is writable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new("data folder", false, $"{paths.DataDirectory} cannot be written ({ex.GetType().Name})", "set Storage:DataDirectory to a folder the service's user owns");
        }
    }

    private IEnumerable<DoctorCheck> SignIn()
    {
        if (graph.Value.Mode == GraphConnectionMode.Sandbox)
        {
            yield return new("sign-in", true, "not needed: the embedded sandbox is in use (Graph:Mode is Sandbox)");
            yield break;
        }

        if (auth.Value.Mode != AuthMode.DeviceCode)
        {
            yield return new("sign-in", true, $"{auth.Value.Mode}: the service signs in by itself");
            yield break;
        }

        yield return encryption.IsAvailable || auth.Value.AllowUnencryptedTokenCache
            ? new("token cache", true, encryption.IsAvailable ? "encrypted by the system" : "a plain file, as Auth:AllowUnencryptedTokenCache allows")
            : new("token cache", false, "no encryption available", "install libsecret and a keyring, or set Auth:AllowUnencryptedTokenCache to true");
        yield return records.Exists
            ? new("sign-in", true, $"a sign-in record is saved at {records.Path}")
            : new("sign-in", false, "nobody has signed in", "run `outreach login`");
    }

    private async Task<DoctorCheck> MailboxAsync(string mailboxId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(MailboxTimeout);
        try
        {
            var mailbox = await connections.GetAsync(mailboxId, timeout.Token);
            return new($"mailbox {mailboxId}", true, $"Graph answers; time zone {mailbox.Profile.TimeZone ?? "not set"}");
        }
        catch (Exception ex) when (MailboxFailure.Classify(ex) is { } failure)
        {
            var fix = failure.Status == MailboxFailure.NeedsSignIn
                ? "run `outreach login`, or check the app's credentials"
                : "check Graph:BaseUrl and the network; for 403, the app's permissions and application access policy (deploy/entra/README.md)";
            return new($"mailbox {mailboxId}", false, failure.Detail, fix);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new($"mailbox {mailboxId}", false, $"Graph did not answer within {MailboxTimeout.TotalSeconds:0} seconds", "check Graph:BaseUrl, proxies and the network");
        }
    }
}
