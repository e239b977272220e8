namespace OutreachAssistant.Worker.Tests.Resilience;

/// <summary>
/// Tests that measure real time on the wire (timeouts, Retry-After) run alone: sharing the machine with the
/// scenario suite's sandboxes starves their retries and makes them flaky.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WallClockTests
{
    public const string Name = "wall clock";
}
