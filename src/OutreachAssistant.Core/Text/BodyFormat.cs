namespace OutreachAssistant.Core.Text;

/// <summary>How a message body is encoded, as Graph hands it over.</summary>
public enum BodyFormat
{
    Text,
    Html,
}
