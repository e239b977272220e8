namespace OutreachAssistant.Sandbox.Model;

/// <summary>A single-value extended property; the value is kept as the string Graph sent.</summary>
internal sealed record ExtendedProperty(string Id, string Value);
