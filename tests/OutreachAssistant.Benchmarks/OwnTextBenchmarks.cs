using BenchmarkDotNet.Attributes;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Benchmarks;

/// <summary>Own-text extraction over every fixture email; one operation is one pass over the corpus.</summary>
[MemoryDiagnoser]
public class OwnTextBenchmarks
{
    private string[] text = [];
    private string[] html = [];
    private Func<string, object> extractAndCheck = body => body;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = FixtureCorpus.Load(FixtureCorpus.Locate() ?? throw new InvalidOperationException("../shared/fixtures not found"));
        text = [.. corpus.Text];
        html = [.. corpus.Html];
        extractAndCheck = EtiquetteHook.Create(out _);
    }

    [Benchmark(Baseline = true)]
    public int Extract()
    {
        var words = 0;
        foreach (var body in text)
        {
            words += OwnTextExtractor.Extract(body).Words;
        }

        return words;
    }

    [Benchmark]
    public int ExtractHtml()
    {
        var words = 0;
        foreach (var body in html)
        {
            words += OwnTextExtractor.Extract(body, BodyFormat.Html).Words;
        }

        return words;
    }

    /// <summary>Extraction plus every etiquette rule, when the checker exists (see <see cref="EtiquetteHook"/>).</summary>
    [Benchmark]
    public int ExtractAndCheck()
    {
        var results = 0;
        foreach (var body in text)
        {
            results += extractAndCheck(body) is null ? 0 : 1;
        }

        return results;
    }
}
