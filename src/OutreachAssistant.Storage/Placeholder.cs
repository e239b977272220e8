namespace OutreachAssistant.Storage;internal static class Placeholder{}
