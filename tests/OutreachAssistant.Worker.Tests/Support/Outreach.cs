namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>Seed messages for the scenarios: an outreach email and the answers it may get.</summary>
public static class Outreach
{
    public const string Director = "Dr. Jane Smith <jsmith@childrens.example.org>";
    public const string DirectorAddress = "jsmith@childrens.example.org";

    public static SeedMessage ToDirector(string sent, string key = "outreach", string conversation = "thread-1") => new()
    {
        Key = key,
        Folder = "sentitems",
        From = SandboxWorld.Owner,
        To = [Director],
        Subject = "IMG applicant (Class of 2024) - question about observerships",
        Body = "Dear Dr. Smith,\nI am an internal medicine graduate... Would a short observership be possible?\nAmira Haddad",
        Sent = sent,
        Conversation = conversation,
    };

    public static SeedMessage ReplyFromDirector(string sent, string conversation = "thread-1") => new()
    {
        Key = "reply",
        Folder = "inbox",
        From = Director,
        To = [SandboxWorld.Owner],
        Subject = "RE: IMG applicant (Class of 2024) - question about observerships",
        Body = "Dear Amira, thank you for writing. Please contact our coordinator.",
        Sent = sent,
        Conversation = conversation,
    };

    public static SeedMessage AutomaticReply(string sent, string conversation = "thread-1") => new()
    {
        Key = "automatic-reply",
        Folder = "inbox",
        From = Director,
        To = [SandboxWorld.Owner],
        Subject = "Automatic reply: IMG applicant (Class of 2024) - question about observerships",
        Body = "I am out of the office until Monday, November 16, with limited access to email.",
        Sent = sent,
        Conversation = conversation,
        Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied", ["X-Auto-Response-Suppress"] = "All" },
    };
}
