namespace OutreachAssistant.Core.Detection;

/// <summary>Whether a sent message is outreach, and the reasons, in words a user can read.</summary>
public sealed record OutreachVerdict(bool IsOutreach, IReadOnlyList<string> Reasons)
{
    public static OutreachVerdict Yes(params string[] reasons) => new(true, reasons);

    public static OutreachVerdict No(params string[] reasons) => new(false, reasons);
}
