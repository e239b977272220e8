namespace OutreachAssistant.Core.Text;

/// <summary>The field a mail header line names ("From:", "Gesendet:", "Objet :"), in many languages.</summary>
internal enum HeaderLabel : byte
{
    None,
    From,
    Date,
    To,
    Subject,
    Copy,

    /// <summary>A line some clients put above the From line ("Message du : 12/12/2016").</summary>
    Preamble,
}
