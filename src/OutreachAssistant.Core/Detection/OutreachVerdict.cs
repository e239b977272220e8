namespace OutreachAssistant.Core.Detection;

/// <summary>Whether a sent message is outreach, its kind, and the reasons for both, in words a user can read.</summary>
public sealed record OutreachVerdict(bool IsOutreach, IReadOnlyList<string> Reasons)
{
    /// <summary>What the message is for; it picks the follow-up template and policy.</summary>
    public OutreachKind Kind { get; init; } = OutreachKind.Other;

    /// <summary>The cues the kind was read from ("subject mentions \"elective\"").</summary>
    public IReadOnlyList<string> KindReasons { get; init; } = [];

    public static OutreachVerdict Yes(params string[] reasons) => new(true, reasons);

    public static OutreachVerdict No(params string[] reasons) => new(false, reasons);

    /// <summary>This verdict with the kind guessed for the message.</summary>
    public OutreachVerdict WithKind(KindGuess guess)
    {
        ArgumentNullException.ThrowIfNull(guess);
        return this with { Kind = guess.Kind, KindReasons = guess.Reasons };
    }
}
