using System.Text.Json;

namespace OutreachAssistant.Worker.Health;

/// <summary>What <c>/healthz/ready</c> answers: ready only when the database answers, Quartz runs and every mailbox has had its first sync.</summary>
/// <param name="Database"><c>reachable</c>, <c>not checked</c> while the service starts, or <c>unreachable (…)</c> with the error's type.</param>
/// <param name="Scheduler"><c>started</c>, <c>not started</c> or <c>shut down</c>.</param>
/// <param name="Mailboxes">Every configured mailbox, in settings order.</param>
public sealed record ReadinessReport(string Database, string Scheduler, IReadOnlyList<MailboxReadiness> Mailboxes)
{
    public const string Reachable = "reachable";

    public const string Started = "started";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public bool Ready => Database == Reachable && Scheduler == Started && Mailboxes.All(m => m.FirstSyncDone);

    public string ToJson() => JsonSerializer.Serialize(new { status = Ready ? "ready" : "not-ready", database = Database, scheduler = Scheduler, mailboxes = Mailboxes }, Json);
}
