using System.Globalization;
using System.Text.Json;
using OutreachAssistant.Core.Etiquette;

namespace OutreachAssistant.Core.Tests.Etiquette;

public sealed class CatalogueTests
{
    private static readonly JsonElement[] Entries = LoadCatalogue();

    [Fact]
    public void Catalogue_ListsTheCodesRuleIds_InOrder() =>
        Assert.Equal(EtiquetteRules.All.Select(r => r.Id), Entries.Select(e => e.GetProperty("id").GetString()));

    [Fact]
    public void Catalogue_DefaultsMatchTheCode()
    {
        foreach (var rule in EtiquetteRules.All)
        {
            var defaults = Entry(rule.Id).GetProperty("default");
            var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["severity"] = rule.Defaults.Severity.ToString()!.ToLowerInvariant(),
            };
            foreach (var (name, value) in rule.Defaults.Thresholds())
            {
                expected[name] = value is TimeSpan span ? span.ToString("c", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
            }

            var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in defaults.EnumerateObject())
            {
                actual[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Catalogue_GuideAndSectionAreTheRulesSource()
    {
        foreach (var rule in EtiquetteRules.All)
        {
            var entry = Entry(rule.Id);
            Assert.Equal(rule.Source, $"{entry.GetProperty("guide").GetString()}, {entry.GetProperty("section").GetString()}");
        }
    }

    [Fact]
    public void Catalogue_EveryEntrySaysWhatItChecksAndQuotesFacts()
    {
        foreach (var entry in Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("checks").GetString()));
            Assert.NotEqual(0, entry.GetProperty("facts").GetArrayLength());
        }
    }

    private static JsonElement Entry(string id) => Entries.Single(e => e.GetProperty("id").GetString() == id);

    private static JsonElement[] LoadCatalogue()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(LintMessages.RepositoryFile("seeds", "rules", "catalogue.json")));
        return [.. document.RootElement.GetProperty("rules").EnumerateArray().Select(e => e.Clone())];
    }
}
