namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>The earlier message below a reply, as the two common clients write it.</summary>
internal static class QuotedHistory
{
    /// <summary>Outlook's header block and the original text unmarked beneath it.</summary>
    public static string Outlook(string from, string to, string subject, SeedTime sent, string body) =>
        $"\n\n________________________________\nFrom: {from}\nSent: {sent.DatePlaceholder} {sent.ClockText}\nTo: {to}\nSubject: {subject}\n\n{body}";

    /// <summary>Gmail's "On ..., X wrote:" line and the original text with "> " before each line.</summary>
    public static string Gmail(string from, SeedTime sent, string body) =>
        $"\n\nOn {sent.DatePlaceholder} at {sent.ClockText}, {from} wrote:\n"
        + string.Join('\n', body.Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));
}
