using System.Reflection;
using Microsoft.Extensions.Logging;
using OutreachAssistant.Worker.Commands;

namespace OutreachAssistant.Worker.Tests.Logging;

/// <summary>An event id names one kind of log line, so a filter or an alert on it catches that line and no other.</summary>
public sealed class LogEventIdTests
{
    [Fact]
    public void EveryLogMessageOfTheWorker_HasAnEventIdOfItsOwn()
    {
        var messages = typeof(CliCommands).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.Name}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .ToList();

        var shared = messages.GroupBy(m => m.Attribute!.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}");

        Assert.NotEmpty(messages);
        Assert.Empty(shared);
    }
}
