using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Scenarios;

/// <summary>The messages scenarios are made of. Each outreach has its own subject, so its draft is known by it.</summary>
public static class Mail
{
    public const string Director = Support.Outreach.Director;
    public const string Coordinator = "Maria Lopez <mlopez@childrens.example.org>";
    public const string Mentor = "Prof. Ana Ruiz <aruiz@university.example.edu>";

    public static SeedMessage Outreach(string sent, string subject = "Observership question", string to = Director, string? conversation = null, string? body = null) => new()
    {
        Key = $"out-{subject}",
        Folder = "sentitems",
        From = SandboxWorld.Owner,
        To = [to],
        Subject = subject,
        Body = body ?? "Dear Dr. Smith,\nI am an international medical graduate. Would a short observership be possible?\nAmira Haddad",
        Sent = sent,
        Conversation = conversation ?? subject,
    };

    /// <summary>A person's answer, by default from the director in the outreach's conversation.</summary>
    public static SeedMessage Reply(string sent, string subject = "Observership question", string from = Director, string? conversation = null, string? body = null) => new()
    {
        Folder = "inbox",
        From = from,
        To = [SandboxWorld.Owner],
        Subject = $"RE: {subject}",
        Body = body ?? "Dear Amira, thank you for writing. Let us talk next week.",
        Sent = sent,
        Conversation = conversation ?? subject,
    };

    public static SeedMessage AutoReply(string sent, string body, string subject = "Observership question", string prefix = "Automatic reply:", IReadOnlyDictionary<string, string>? headers = null, string from = Director) => new()
    {
        Folder = "inbox",
        From = from,
        To = [SandboxWorld.Owner],
        Subject = $"{prefix} {subject}",
        Body = body,
        Sent = sent,
        Conversation = subject,
        Headers = headers ?? new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" },
    };

    public static SeedMessage Bounce(string sent, string subject = "Observership question") => new()
    {
        Folder = "inbox",
        From = "Mail Delivery Subsystem <mailer-daemon@childrens.example.org>",
        To = [SandboxWorld.Owner],
        Subject = $"Undeliverable: {subject}",
        Body = "Your message could not be delivered: the address was not found.",
        Sent = sent,
        Conversation = subject,
    };

    /// <summary>The user writes to the contact again, in the outreach's conversation or another.</summary>
    public static SeedMessage Own(string sent, string subject, string to = Director, string? conversation = null) => new()
    {
        Folder = "sentitems",
        From = SandboxWorld.Owner,
        To = [to],
        Subject = subject,
        Body = "Dear Dr. Smith,\nI wanted to follow up on my note below. Would a short call next week suit you?\nAmira Haddad",
        Sent = sent,
        Conversation = conversation ?? subject,
    };
}
