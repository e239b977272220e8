using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>
/// The mailbox and clock a seed message is built against, plus the messages it may thread onto
/// (earlier messages of the same seed file, or the stored mailbox for admin deliveries).
/// </summary>
internal sealed class SeedScope(string source, Mailbox mailbox, DateTimeOffset now, TimeZoneInfo zone, IReadOnlyList<MailFolder> folders)
{
    public string Source { get; } = source;

    public Mailbox Mailbox { get; } = mailbox;

    public DateTimeOffset Now { get; } = now;

    public TimeZoneInfo Zone { get; } = zone;

    public IReadOnlyList<MailFolder> Folders { get; } = folders;

    public List<StoredMessage> Known { get; } = [];

    public SandboxSeedException Error(string? key, string field, string problem) =>
        new(key is null
            ? $"Seed '{Source}': field '{field}' {problem}"
            : $"Seed '{Source}': message '{key}': field '{field}' {problem}");
}
