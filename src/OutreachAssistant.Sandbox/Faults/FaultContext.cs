using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace OutreachAssistant.Sandbox.Faults;

/// <summary>What the fault injector keeps on a request between the gate, the Graph endpoint and $batch.</summary>
internal static class FaultContext
{
    private const string ArrivalKey = "sandbox.faults.arrival";
    private const string BatchKey = "sandbox.faults.batch";
    private const string EvaluatedKey = "sandbox.faults.evaluated";
    private const string StallKey = "sandbox.faults.stall";
    private const string CommitFailureKey = "sandbox.faults.commit-failure";

    /// <summary>Taken before waiting for the gate, so queueing does not hide a Retry-After violation.</summary>
    public static void MarkArrival(HttpContext context) => context.Items[ArrivalKey] = Stopwatch.GetTimestamp();

    public static long Arrival(HttpContext context) =>
        context.Items.TryGetValue(ArrivalKey, out var value) && value is long timestamp ? timestamp : Stopwatch.GetTimestamp();

    /// <summary>An inner $batch request shares the outer request's id and arrival.</summary>
    public static void EnterBatch(HttpContext outer, HttpContext inner)
    {
        inner.TraceIdentifier = outer.TraceIdentifier;
        inner.Items[ArrivalKey] = Arrival(outer);
        inner.Items[BatchKey] = true;
    }

    public static bool InBatch(HttpContext context) => context.Items.ContainsKey(BatchKey);

    /// <summary>True once per request: a slow request's second pass is neither counted nor faulted again.</summary>
    public static bool FirstPass(HttpContext context) => context.Items.TryAdd(EvaluatedKey, true);

    public static void Stall(HttpContext context, FaultStall stall) => context.Items[StallKey] = stall;

    public static FaultStall? TakeStall(HttpContext context) =>
        context.Items.Remove(StallKey, out var value) ? value as FaultStall : null;

    /// <summary>Marks the request's store commit to fail, after the route has run.</summary>
    public static void FailCommit(HttpContext context) => context.Items[CommitFailureKey] = true;

    public static bool CommitFails(HttpContext context) => context.Items.ContainsKey(CommitFailureKey);
}
