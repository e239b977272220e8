namespace OutreachAssistant.Core.Drafting;

/// <summary>A draft template that cannot be used; <see cref="TemplateName"/> says which (e.g. <c>mentorship</c>).</summary>
public sealed class DraftTemplateException : Exception
{
    public DraftTemplateException()
    {
        TemplateName = string.Empty;
    }

    public DraftTemplateException(string message)
        : base(message)
    {
        TemplateName = string.Empty;
    }

    public DraftTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        TemplateName = string.Empty;
    }

    public DraftTemplateException(string templateName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        TemplateName = templateName;
    }

    public string TemplateName { get; }
}
