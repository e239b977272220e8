namespace OutreachAssistant.Sandbox;internal static class Placeholder{}
