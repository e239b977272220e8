using System.Reflection;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Digest;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Findings;
using OutreachAssistant.Worker.Hosting;

namespace OutreachAssistant.Worker.Tests.Configuration;

public sealed class ConfigurationTests
{
    private static readonly Dictionary<string, Type> Sections = WithRuleSections(new(StringComparer.OrdinalIgnoreCase)
    {
        [GraphOptions.SectionName] = typeof(GraphOptions),
        [GraphResilienceOptions.SectionName] = typeof(GraphResilienceOptions),
        [AuthOptions.SectionName] = typeof(AuthOptions),
        [FindingsOptions.SectionName] = typeof(FindingsOptions),
        [EmbeddedSandboxOptions.SectionName] = typeof(EmbeddedSandboxOptions),
        [StorageOptions.SectionName] = typeof(StorageOptions),
        [SyncOptions.SectionName] = typeof(SyncOptions),
        [FollowUpOptions.SectionName] = typeof(FollowUpOptions),
        [$"{FollowUpOptions.SectionName}:Kinds:thank-you"] = typeof(FollowUpKindOptions),
        [$"{FollowUpOptions.SectionName}:KeepInTouch"] = typeof(KeepInTouchOptions),
        [DraftingOptions.SectionName] = typeof(DraftingOptions),
        [OutreachDetectionOptions.SectionName] = typeof(OutreachDetectionOptions),
        [$"{MailboxesOptions.SectionName}:0"] = typeof(MailboxOptions),
        [EtiquetteOptions.SectionName] = typeof(EtiquetteOptions),
        [DigestOptions.SectionName] = typeof(DigestOptions),
        [HealthOptions.SectionName] = typeof(HealthOptions),
        [TelemetryOptions.SectionName] = typeof(TelemetryOptions),
    });

    [Theory]
    [InlineData($"{SyncOptions.SectionName}:PollInterval", "00:00:01")]
    [InlineData($"{FollowUpOptions.SectionName}:FirstFollowUpAfter", "2.00:00:00")]
    [InlineData($"{FollowUpOptions.SectionName}:MaxFollowUps", "9")]
    [InlineData($"{FollowUpOptions.SectionName}:OutOfOfficePause", "90.00:00:00")]
    [InlineData($"{FollowUpOptions.SectionName}:Kinds:thank-you:MaxFollowUps", "5")]
    [InlineData($"{FollowUpOptions.SectionName}:KeepInTouch:After", "20.00:00:00")]
    [InlineData($"{FollowUpOptions.SectionName}:KeepInTouch:MaxPerYear", "6")]
    [InlineData($"{FollowUpOptions.SectionName}:TooLateAfter", "90.00:00:00")]
    [InlineData($"{FollowUpOptions.SectionName}:KeepInTouch:MaxPerDay", "0")]
    [InlineData($"{GraphOptions.SectionName}:PageSize", "0")]
    [InlineData($"{MailboxesOptions.SectionName}:0:Id", "no spaces please")]
    [InlineData($"{DraftingOptions.SectionName}:TemplateDirectory", "no/such/folder")]
    [InlineData($"{DraftingOptions.SectionName}:SupersededCategory", " ")]
    [InlineData($"{StorageOptions.SectionName}:LockTimeout", "02:00:00")]
    [InlineData($"{StorageOptions.SectionName}:LockTimeout", "-00:00:01")]
    [InlineData($"{DigestOptions.SectionName}:Subject", " ")]
    [InlineData($"{DigestOptions.SectionName}:Day", "9")]
    [InlineData($"{HealthOptions.SectionName}:Url", "http://localhost")]
    [InlineData($"{HealthOptions.SectionName}:Url", "http://0.0.0.0:5080/metrics")]
    [InlineData($"{TelemetryOptions.SectionName}:OtlpEndpoint", "collector:4317")]
    public async Task Start_BadSetting_FailsWithOneLineNamingTheKey(string key, string value)
    {
        var root = Directory.CreateTempSubdirectory("outreach-config-").FullName;
        var settings = new Dictionary<string, string?>
        {
            [$"{StorageOptions.SectionName}:DataDirectory"] = Path.Combine(root, "data"),
            [$"{MailboxesOptions.SectionName}:0:Id"] = "demo",
        };
        settings[key] = value;
        using var host = OutreachHost.Build(HostMode.Command, settings, contentRoot: root);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith(key, failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public void AppSettings_EveryKeyBindsToAnOptionProperty()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(RootAppSettings()).Build();
        var unbound = configuration.AsEnumerable()
            .Where(pair => pair.Value is not null && !pair.Key.StartsWith("Logging:", StringComparison.Ordinal))
            .Select(pair => pair.Key)
            .Where(key => !Binds(key))
            .ToList();

        Assert.Empty(unbound);
    }

    [Fact]
    public void Options_EveryPropertyDocumentsItsDefault()
    {
        var missing = new List<string>();
        foreach (var type in Sections.Values.Distinct().Where(t => t != typeof(MailboxOptions)))
        {
            var docs = XDocument.Load(Path.ChangeExtension(type.Assembly.Location, ".xml"));
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || p.SetMethod is not null))
            {
                var member = docs.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == $"P:{type.FullName}.{property.Name}");
                if (member?.Descendants("value").Any() != true)
                {
                    missing.Add($"{type.Name}.{property.Name}");
                }
            }
        }

        Assert.Empty(missing);
    }

    /// <summary>Each rule's settings bind to <see cref="RuleSettings"/>: <c>Etiquette:Rules:length.lines:WarningOver</c>.</summary>
    private static Dictionary<string, Type> WithRuleSections(Dictionary<string, Type> sections)
    {
        foreach (var rule in EtiquetteRules.All)
        {
            sections[$"{EtiquetteOptions.SectionName}:Rules:{rule.Id}"] = typeof(RuleSettings);
        }

        return sections;
    }

    private static bool Binds(string key)
    {
        var section = Sections.Keys.Where(s => key.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase)).MaxBy(s => s.Length);
        if (section is null)
        {
            return false;
        }

        var property = key[(section.Length + 1)..].Split(':')[0];
        return Sections[section].GetProperty(property, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not null;
    }

    private static string RootAppSettings()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OutreachAssistant.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("The repository root was not found."), "appsettings.json");
    }
}
