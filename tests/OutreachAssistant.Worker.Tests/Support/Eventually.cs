namespace OutreachAssistant.Worker.Tests.Support;

/// <summary>
/// Waits for something a background job does. The clock in these tests is manual, so this only waits for
/// the job to run, never for scheduled time to pass.
/// </summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }
}
