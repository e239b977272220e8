using System.Net;
using OutreachAssistant.Graph.Resilience;

namespace OutreachAssistant.Graph.Tests.Resilience;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("10", 10.0)]
    [InlineData("2.128", 2.128)]
    [InlineData("Sat, 21 Nov 2026 12:00:30 GMT", 30.0)]
    [InlineData("Sat, 21 Nov 2026 11:59:00 GMT", 0.0)]
    public void From_GraphForms_WaitToHonour(string header, double seconds)
    {
        using var response = ScriptedWire.Status(HttpStatusCode.TooManyRequests, header);
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.From(response, Now));
    }

    [Fact]
    public void From_NoHeader_Null()
    {
        using var response = ScriptedWire.Status(HttpStatusCode.ServiceUnavailable);
        Assert.Null(RetryAfter.From(response, Now));
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/users/Pat%40School.edu/messages", "PAT@SCHOOL.EDU")]
    [InlineData("https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta", "me")]
    [InlineData("https://graph.microsoft.com/v1.0/$batch", "(none)")]
    public void MailboxKey_FromPath_NamesTheMailbox(string url, string expected) =>
        Assert.Equal(expected, MailboxKey.From(new Uri(url)));
}
