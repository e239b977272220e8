using System.Text.Json.Nodes;

namespace OutreachAssistant.Sandbox.Graph.Writes;

/// <summary>Takes the extended properties out of a write the sandbox is playing a mailbox that ignores them.</summary>
internal static class ExtendedPropertyWrites
{
    private const string Property = "singleValueExtendedProperties";

    public static void Strip(JsonObject write)
    {
        foreach (var name in write.Select(p => p.Key).Where(k => k.Equals(Property, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            write.Remove(name);
        }
    }
}
