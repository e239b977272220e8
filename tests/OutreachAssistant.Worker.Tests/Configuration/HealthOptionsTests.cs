using System.Net;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Tests.Configuration;

public sealed class HealthOptionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080/", "127.0.0.1:5080")]
    [InlineData("http://localhost:5080", "127.0.0.1:5080")]
    [InlineData("http://0.0.0.0:9100", "0.0.0.0:9100")]
    [InlineData("http://[::1]:5080", "[::1]:5080")]
    [InlineData(" http://127.0.0.1:5080 ", "127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:80", "127.0.0.1:80")]
    public void EndPointOf_AnAddressAndPort_IsWhereTheServerListens(string url, string expected) =>
        Assert.Equal(IPEndPoint.Parse(expected), HealthOptions.EndPointOf(url));

    [Theory]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1")]
    [InlineData("http://127.0.0.1:5080/health")]
    [InlineData("http://127.0.0.1:5080/?x=1")]
    [InlineData("http://user@127.0.0.1:5080")]
    [InlineData("http://health.example.org:5080")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("")]
    public void EndPointOf_AnythingElse_IsNull(string url) => Assert.Null(HealthOptions.EndPointOf(url));

    [Fact]
    public void Validate_Empty_IsOff_AndValid()
    {
        var options = new HealthOptions();

        Assert.False(options.IsEnabled);
        Assert.True(new HealthOptionsValidator().Validate(null, options).Succeeded);
    }
}
