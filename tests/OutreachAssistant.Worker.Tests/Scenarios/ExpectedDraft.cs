namespace OutreachAssistant.Worker.Tests.Scenarios;

/// <summary>A draft that must exist at the end of a timeline: its folder, subject and categories, exactly.</summary>
public sealed record ExpectedDraft(string Folder, string Subject, IReadOnlyList<string> Categories)
{
    public const string FollowUp = "Outreach follow-up";
    public const string ReplyReceived = "Outreach: reply received";
    public const string WroteSince = "Outreach: you wrote since";
    public const string Update = "Outreach keep in touch";

    public static ExpectedDraft Inbox(string outreachSubject, params string[] extraCategories) =>
        new("inbox", $"RE: {outreachSubject}", [FollowUp, .. extraCategories]);

    public static ExpectedDraft In(string folder, string outreachSubject, params string[] extraCategories) =>
        new(folder, $"RE: {outreachSubject}", [FollowUp, .. extraCategories]);

    /// <summary>A keep-in-touch update, in the Inbox, replying in the outreach's conversation.</summary>
    public static ExpectedDraft KeepInTouch(string outreachSubject, string folder = "inbox", params string[] extraCategories) =>
        new(folder, $"RE: {outreachSubject}", [Update, .. extraCategories]);

    public override string ToString() => $"{Folder} | {Subject} | {string.Join(", ", Categories.Order(StringComparer.Ordinal))}";
}
