using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Text;

internal static class BodyPreview
{
    private const int Length = 255;

    /// <summary>The first 255 characters of the body as text, like Graph's bodyPreview.</summary>
    public static string Of(MessageBody body)
    {
        var text = BodyConverter.PlainText(body).Trim();
        return text.Length <= Length ? text : text[..Length];
    }
}
