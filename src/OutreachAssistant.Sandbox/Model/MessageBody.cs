namespace OutreachAssistant.Sandbox.Model;

/// <summary>Graph itemBody; <see cref="ContentType"/> is "text" or "html".</summary>
internal sealed record MessageBody(string ContentType, string Content)
{
    public bool IsHtml => string.Equals(ContentType, "html", StringComparison.OrdinalIgnoreCase);
}
