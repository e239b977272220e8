namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>The generator's one source of chance: seeded, so the same seed and size give the same mailbox byte for byte.</summary>
internal sealed class SeedRandom(int seed)
{
    public Random Random { get; } = new(seed);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => Random.Next(min, max + 1);

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A time on the given day between two wall-clock hours (end excluded).</summary>
    public SeedTime TimeOn(int daysAgo, int fromHour, int toHour) => new(daysAgo, Between(fromHour * 60, (toHour * 60) - 1));
}
