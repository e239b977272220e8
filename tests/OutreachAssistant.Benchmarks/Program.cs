using OutreachAssistant.Benchmarks;
using OutreachAssistant.Benchmarks.FirstSync;

// Usage:
//   OutreachAssistant.Benchmarks [--quick]                        own-text extraction (bench/run)
//   OutreachAssistant.Benchmarks seed --messages N --out DIR [--seed S]
//                                                                 a first-sync mailbox seed (bench/first-sync)
//   OutreachAssistant.Benchmarks raw-delta --base-url URL --token T [--page-size 50]
//                                                                 the raw SDK paging the same delta (bench/first-sync)
return args.FirstOrDefault() switch
{
    "seed" => SeedCommand.Run(args[1..]),
    "raw-delta" => await RawDeltaCommand.RunAsync(args[1..]),
    _ => OwnTextBenchmarkRun.Run(args),
};
