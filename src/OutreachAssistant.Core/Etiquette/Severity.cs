namespace OutreachAssistant.Core.Etiquette;

/// <summary>How much a finding matters. Only <see cref="Error"/> makes <c>outreach lint</c> exit 1.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the message may well be fine.</summary>
    Info,

    /// <summary>Against the guides' advice; worth changing before sending.</summary>
    Warning,

    /// <summary>A mistake the recipient will notice (a placeholder, a missing attachment).</summary>
    Error,
}
