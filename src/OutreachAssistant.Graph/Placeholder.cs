namespace OutreachAssistant.Graph;internal static class Placeholder{}
