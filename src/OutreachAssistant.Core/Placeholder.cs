namespace OutreachAssistant.Core;internal static class Placeholder{}
