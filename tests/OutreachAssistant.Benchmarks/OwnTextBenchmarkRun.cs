using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OutreachAssistant.Benchmarks;

/// <summary>
/// bench/run's part: own-text extraction on every fixture email with BenchmarkDotNet. Prints its table, then one
/// "ours &lt;method&gt; &lt;µs per email&gt; &lt;bytes per email&gt;" line per method.
/// </summary>
internal static class OwnTextBenchmarkRun
{
    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        var fixtures = FixtureCorpus.Locate();
        if (fixtures is null)
        {
            Console.Error.WriteLine("../shared/fixtures is not beside the repository; nothing to measure.");
            return 2;
        }

        var corpus = FixtureCorpus.Load(fixtures);
        EtiquetteHook.Create(out var withRules);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {corpus.Text.Count} plain-text emails, {corpus.Html.Count} HTML emails; ExtractAndCheck runs rules: {(withRules ? "yes" : "no (EtiquetteChecker not found)")}"));

        // Quick: in this process (no child build) and few iterations, to stay within a couple of minutes.
        var job = quick
            ? Job.ShortRun.WithWarmupCount(3).WithIterationCount(8).WithToolchain(InProcessEmitToolchain.Instance)
            : Job.Default;
        var config = DefaultConfig.Instance.AddJob(job.AsDefault()).WithOptions(ConfigOptions.JoinSummary);
        var summary = BenchmarkRunner.Run<OwnTextBenchmarks>(config);
        foreach (var report in summary.Reports)
        {
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var emails = method == nameof(OwnTextBenchmarks.ExtractHtml) ? corpus.Html.Count : corpus.Text.Count;
            var meanNs = report.ResultStatistics?.Mean ?? double.NaN;
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ours {method} {meanNs / 1000 / emails:F2} {bytes / emails}"));
        }

        return 0;
    }
}
