using Microsoft.Extensions.Options;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;

namespace OutreachAssistant.Worker.Tests.Configuration;

/// <summary><c>Storage:DataDirectory</c>: empty is the per-user folder; a relative path is refused, so no folder a command runs in starts a second state.</summary>
public sealed class DataDirectoryPathTests
{
    private static readonly string PerUser = Path.Combine(Path.GetTempPath(), "user", "outreach");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Resolve_Empty_ThePerUserFolder(string? configured) =>
        Assert.Equal(PerUser, DataDirectoryPath.Resolve(configured, PerUser));

    [Fact]
    public void Resolve_FullPath_ThatFolder() =>
        Assert.Equal(Path.Combine(Path.GetTempPath(), "state"), DataDirectoryPath.Resolve(Path.Combine(Path.GetTempPath(), "state"), PerUser));

    [Fact]
    public void Resolve_Tilde_InTheHomeFolder() =>
        Assert.Equal(
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "outreach-state"),
            DataDirectoryPath.Resolve("~/outreach-state", PerUser));

    [Theory]
    [InlineData("data")]
    [InlineData("./data")]
    [InlineData("../state")]
    public void Resolve_Relative_RefusedInOneLineNamingTheKeyAndThePerUserFolder(string configured)
    {
        var error = Assert.Throws<OptionsValidationException>(() => DataDirectoryPath.Resolve(configured, PerUser));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith($"{StorageOptions.SectionName}:DataDirectory must be a full path (was \"{configured}\")", failure, StringComparison.Ordinal);
        Assert.Contains(PerUser, failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public void Resolve_EmptyWhereNoPerUserFolderIsKnown_RefusedNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => DataDirectoryPath.Resolve(string.Empty, string.Empty));

        Assert.StartsWith($"{StorageOptions.SectionName}:DataDirectory is empty", Assert.Single(error.Failures), StringComparison.Ordinal);
    }
}
