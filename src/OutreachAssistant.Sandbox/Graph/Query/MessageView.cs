namespace OutreachAssistant.Sandbox.Graph.Query;

/// <summary>How to render messages: selected properties, body format, expanded extended properties.</summary>
internal sealed record MessageView(IReadOnlySet<string>? Select, string BodyContentType, IReadOnlyList<string>? ExpandedPropertyIds)
{
    public bool Includes(string property) =>
        Select?.Contains(property) ?? !MessageProperties.SelectOnly.Contains(property);

    public static MessageView From(GraphRequest request) =>
        new(
            MessageProperties.ParseSelect(request.Query("select")),
            request.Prefer.BodyContentType ?? "html",
            ExpandParser.Parse(request.Query("expand")));
}
