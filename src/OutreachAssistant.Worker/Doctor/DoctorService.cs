using Microsoft.Extensions.Options;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.StorageFaults;

namespace OutreachAssistant.Worker.Doctor;

/// <summary>
/// <c>outreach doctor</c>: checks what the service needs, in the order it needs it (settings, data folder,
/// sign-in, Graph for each mailbox), and says what is wrong and how to fix it. It reads; it changes nothing.
/// </summary>
public sealed class DoctorService(
    IOptions<GraphOptions> graph,
    IOptions<AuthOptions> auth,
    DataFolderCheck dataFolder,
    OutreachPaths paths,
    AuthenticationRecordStore records,
    ITokenCacheEncryption encryption,
    MailboxConnections connections)
{
    private static readonly TimeSpan MailboxTimeout = TimeSpan.FromSeconds(30);

    public async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var checks = new List<DoctorCheck> { new("settings", true, $"{LocationsInUse.Of(paths).SettingsText()} and the environment pass validation") };
        var folder = DataDirectory();
        checks.Add(folder);
        // In a folder that cannot be written, SQLite cannot open a write-ahead-logged file even to read it.
        if (folder.Ok)
        {
            foreach (var file in dataFolder.Files)
            {
                checks.Add(await DataFileAsync(file, cancellationToken));
            }
        }

        checks.AddRange(SignIn());
        foreach (var mailboxId in connections.MailboxIds)
        {
            checks.Add(!folder.Ok && graph.Value.Mode == GraphConnectionMode.Sandbox
                ? new($"mailbox {mailboxId}", false, "not checked: the embedded sandbox keeps its mailboxes in the data folder", "fix the data folder first")
                : await MailboxAsync(mailboxId, cancellationToken));
        }

        foreach (var check in checks)
        {
            await output.WriteLineAsync(check.ToString());
        }

        return checks.All(c => c.Ok) ? 0 : 1;
    }

    private DoctorCheck DataDirectory() =>
        dataFolder.CheckFolder() is { } fault
            ? new("data folder", false, fault.Problem, fault.Remedy)
            : new("data folder", true, $"{dataFolder.DataDirectory} is writable");

    private static async Task<DoctorCheck> DataFileAsync(string file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        if (await DataFolderCheck.CheckFileAsync(file, cancellationToken) is { } fault)
        {
            return new(name, false, fault.Problem, fault.Remedy);
        }

        return File.Exists(file)
            ? new(name, true, "a sound SQLite database (quick check passed)")
            : new(name, true, "not there yet: it is made at the first run");
    }

    private IEnumerable<DoctorCheck> SignIn()
    {
        if (graph.Value.Mode == GraphConnectionMode.Sandbox)
        {
            yield return new("sign-in", true, $"not needed: the embedded sandbox is in use ({GraphOptions.SectionName}:Mode is Sandbox)");
            yield break;
        }

        if (auth.Value.Mode != AuthMode.DeviceCode)
        {
            yield return new("sign-in", true, $"{auth.Value.Mode}: the service signs in by itself");
            yield break;
        }

        yield return encryption.IsAvailable || auth.Value.AllowUnencryptedTokenCache
            ? new("token cache", true, encryption.IsAvailable ? "encrypted by the system" : $"a plain file, as {AuthOptions.SectionName}:{nameof(AuthOptions.AllowUnencryptedTokenCache)} allows")
            : new("token cache", false, "no encryption available", $"install libsecret and a keyring, or set {AuthOptions.SectionName}:{nameof(AuthOptions.AllowUnencryptedTokenCache)} to true");
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
            var mailbox = await connections.ConnectAfreshAsync(mailboxId, timeout.Token);
            var zone = mailbox.Profile.TimeZone is null ? "not set" : MailboxTimeZone.Resolve(mailbox.Profile.TimeZone).Id;
            return new($"mailbox {mailboxId}", true, $"Graph answers; time zone {zone}{(mailbox.Profile.TimeZoneAssumption is { } assumed ? $"; {assumed}" : string.Empty)}");
        }
        catch (Exception ex) when (MailboxFailure.Classify(ex) is { } failure)
        {
            var fix = failure.Status == MailboxFailure.NeedsSignIn
                ? "run `outreach login`, or check the app's credentials"
                : $"check {GraphOptions.SectionName}:{nameof(GraphOptions.BaseUrl)} and the network; for 403, the app's permissions and application access policy (deploy/entra/README.md)";
            return new($"mailbox {mailboxId}", false, failure.Detail, fix);
        }
        catch (Exception ex) when (StorageFault.From(ex) is { } fault)
        {
            // The embedded sandbox keeps its mailboxes in sandbox.db.
            return new($"mailbox {mailboxId}", false, fault.Problem, fault.Remedy);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new($"mailbox {mailboxId}", false, $"Graph did not answer within {MailboxTimeout.TotalSeconds:0} seconds", $"check {GraphOptions.SectionName}:{nameof(GraphOptions.BaseUrl)}, proxies and the network");
        }
    }
}
