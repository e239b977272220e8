namespace OutreachAssistant.Sandbox.Faults;

/// <summary>A slow or timeout fault, waited out after the request gate is released.</summary>
internal sealed record FaultStall(TimeSpan Delay)
{
    public static FaultStall Forever { get; } = new(Timeout.InfiniteTimeSpan);

    /// <summary>True when the request should now be answered; false when the client gave up or the server stops.</summary>
    public async Task<bool> WaitAsync(CancellationToken aborted, CancellationToken stopping)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        try
        {
            // Real time on purpose: the client's own timeout runs in real time too.
            await Task.Delay(Delay, either.Token);
            return true;
        }
        catch (OperationCanceledException) when (either.IsCancellationRequested)
        {
            return false;
        }
    }
}
