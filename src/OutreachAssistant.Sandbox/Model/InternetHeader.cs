namespace OutreachAssistant.Sandbox.Model;

internal sealed record InternetHeader(string Name, string Value);
