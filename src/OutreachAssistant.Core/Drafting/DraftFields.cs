namespace OutreachAssistant.Core.Drafting;

/// <summary>
/// What a template may use. The names are the template's own: <c>{{greeting}}</c>, <c>{{name}}</c>,
/// <c>{{subject}}</c>, <c>{{sentOn}}</c>, <c>{{signature}}</c>.
/// </summary>
/// <param name="Greeting">"Dear Dr. Smith," or "Hello," (<see cref="Salutation"/>).</param>
/// <param name="Name">How to address the contact ("Dr. Smith"), or empty when no usable name is known.</param>
/// <param name="Subject">The subject of the user's original email.</param>
/// <param name="SentOn">The day the original was sent, in the mailbox's zone ("November 2").</param>
/// <param name="Signature">The user's signature from <c>Drafts:Signature</c>, possibly empty.</param>
public sealed record DraftFields(string Greeting, string Name, string Subject, string SentOn, string Signature)
{
    /// <summary>Plausible values, to try a template once when it is loaded rather than at its first real use.</summary>
    public static DraftFields Sample { get; } = new("Dear Dr. Smith,", "Dr. Smith", "Observership in pediatrics", "November 2", "A. Name");
}
