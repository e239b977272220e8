using Microsoft.AspNetCore.Http;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Faults;

/// <summary>One injected fault: which requests it matches, how often it fires and what it answers.</summary>
internal sealed class FaultRule(int seed, int? count)
{
    // Seeded, so a chaos run fires on the same requests every time.
    private readonly Random random = new(seed);

    public int Seed => seed;

    public FaultKind Kind { get; init; }

    /// <summary>Mailbox id or address; null matches every request, also one without a mailbox.</summary>
    public string? Mailbox { get; init; }

    public string? Method { get; init; }

    public string? PathContains { get; init; }

    /// <summary>Firings left; null never runs out.</summary>
    public int? Remaining { get; private set; } = count;

    public double Probability { get; init; } = 1;

    public int Status { get; init; }

    public required string Code { get; init; }

    public required string Message { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public bool RetryAfterDate { get; init; }

    public TimeSpan Delay { get; init; }

    public bool Exhausted => Remaining is 0;

    /// <summary>
    /// Inside a $batch only errors apply: a stall or a broken body would hit the whole batch, not one request.
    /// </summary>
    public bool Matches(HttpRequest request, Mailbox? mailbox, bool inBatch) =>
        (Kind == FaultKind.Error || !inBatch)
        && (Mailbox is null || (mailbox is not null && mailbox.Matches(Mailbox)))
        && (Method is null || Method.Equals(request.Method, StringComparison.OrdinalIgnoreCase))
        && (PathContains is null || $"{request.Path.Value}{request.QueryString.Value}".Contains(PathContains, StringComparison.OrdinalIgnoreCase));

    /// <summary>Draws against <see cref="Probability"/>; a firing counts down <see cref="Remaining"/>.</summary>
    public bool TryFire()
    {
        if (Probability < 1 && random.NextDouble() >= Probability)
        {
            return false;
        }

        Remaining--;
        return true;
    }
}
