namespace OutreachAssistant.Worker.StorageFaults;

/// <summary>A storage fault found and put into words where the file is known (the check at start).</summary>
public sealed class StorageFaultException : Exception
{
    public StorageFaultException()
        : this(new StorageFault("the data folder cannot be used", "Run `outreach doctor` to see why."))
    {
    }

    public StorageFaultException(string message)
        : this(new StorageFault(message, "Run `outreach doctor` to see why."))
    {
    }

    public StorageFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
        Fault = new StorageFault(message, "Run `outreach doctor` to see why.");
    }

    public StorageFaultException(StorageFault fault, Exception? innerException = null)
        : base(fault?.Line, innerException)
    {
        ArgumentNullException.ThrowIfNull(fault);
        Fault = fault;
    }

    public StorageFault Fault { get; }
}
