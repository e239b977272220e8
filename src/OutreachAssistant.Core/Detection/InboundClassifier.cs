using OutreachAssistant.Core.Mail;

namespace OutreachAssistant.Core.Detection;

/// <summary>
/// Tells a person's reply from an automatic reply or a delivery failure, from headers first
/// (RFC 3834 <c>Auto-Submitted</c>, <c>X-Autoreply</c>, <c>Precedence</c>) and then subject prefixes.
/// </summary>
public static class InboundClassifier
{
    // Outlook and other clients prefix automatic replies with these, in the user's language.
    private static readonly string[] AutomaticSubjectPrefixes =
    [
        "Automatic reply:", "Auto:", "Autoreply:", "Auto-reply:", "Out of Office", "Out of office:",
        "Autosvar:", "Automatisch antwoord:", "Abwesenheitsnotiz:", "Automatische Antwort:",
        "Réponse automatique", "Respuesta automática:", "Risposta automatica:", "Resposta automática:",
        "Automaattinen vastaus:", "Automatisk svar:", "Odpowiedź automatyczna:",
    ];

    private static readonly string[] DeliveryFailureSubjectPrefixes =
    [
        "Undeliverable:", "Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)",
        "Mail delivery failed", "Returned mail:", "Unzustellbar:", "Non remis :", "No se puede entregar:",
    ];

    private static readonly string[] DeliverySystemLocalParts = ["mailer-daemon", "postmaster"];

    public static InboundKind Classify(MailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (IsDeliveryFailure(message))
        {
            return InboundKind.DeliveryFailure;
        }

        return IsAutomatic(message) ? InboundKind.AutomaticReply : InboundKind.Reply;
    }

    /// <summary>
    /// Whether automatic mail answers a message, as an out-of-office note does (RFC 3834 <c>auto-replied</c>,
    /// <c>X-Autoreply</c>, <c>Precedence: auto_reply</c>, or an automatic reply's subject), rather than coming on its
    /// own: a notification (<c>auto-generated</c>) or list mail (<c>Precedence: bulk</c>) states no absence.
    /// </summary>
    public static bool IsAutomaticAnswer(MailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = message.Headers;
        return headers["Auto-Submitted"]?.Trim().StartsWith("auto-replied", StringComparison.OrdinalIgnoreCase) == true
            || headers.Contains("X-Autoreply")
            || headers.Contains("X-Autorespond")
            || PrecedenceOf(headers) == "AUTO_REPLY"
            || StartsWithAny(message.Subject, AutomaticSubjectPrefixes);
    }

    private static bool IsDeliveryFailure(MailMessage message)
    {
        var local = message.From?.Address.Split('@')[0] ?? string.Empty;
        return DeliverySystemLocalParts.Any(p => local.Equals(p, StringComparison.OrdinalIgnoreCase))
            || StartsWithAny(message.Subject, DeliveryFailureSubjectPrefixes);
    }

    /// <summary>Automatic mail of any kind: an automatic answer, or mail that comes on its own (any other <c>Auto-Submitted</c>, list mail).</summary>
    private static bool IsAutomatic(MailMessage message)
    {
        // X-Auto-Response-Suppress asks others not to auto-reply; it says nothing about this message.
        var headers = message.Headers;
        return IsAutomaticAnswer(message)
            || headers["Auto-Submitted"]?.Trim().Equals("no", StringComparison.OrdinalIgnoreCase) == false
            || PrecedenceOf(headers) is "BULK" or "JUNK";
    }

    private static string? PrecedenceOf(MessageHeaders headers) => (headers["Precedence"] ?? headers["X-Precedence"])?.Trim().ToUpperInvariant();

    private static bool StartsWithAny(string subject, string[] prefixes)
    {
        var trimmed = subject.TrimStart();
        return prefixes.Any(p => trimmed.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}
