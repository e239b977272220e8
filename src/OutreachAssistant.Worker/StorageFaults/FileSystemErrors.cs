namespace OutreachAssistant.Worker.StorageFaults;

/// <summary>
/// Reads the operating system's error out of an <see cref="IOException"/>: on Unix .NET puts the errno in
/// <see cref="Exception.HResult"/>, on Windows the Win32 error inside an HRESULT.
/// </summary>
public static class FileSystemErrors
{
    private const int UnixNoSpace = 28;          // ENOSPC, the same on Linux and macOS
    private const int UnixReadOnly = 30;         // EROFS
    private const int LinuxQuotaExceeded = 122;  // EDQUOT
    private const int MacQuotaExceeded = 69;
    private const int WindowsDiskFull = 0x70;    // ERROR_DISK_FULL
    private const int WindowsHandleDiskFull = 0x27;
    private const int WindowsWriteProtected = 0x13;

    public static bool IsDiskFull(IOException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (OperatingSystem.IsWindows())
        {
            return (exception.HResult & 0xFFFF) is WindowsDiskFull or WindowsHandleDiskFull;
        }

        return exception.HResult == UnixNoSpace
            || exception.HResult == (OperatingSystem.IsLinux() ? LinuxQuotaExceeded : MacQuotaExceeded);
    }

    public static bool IsReadOnlyFileSystem(IOException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return OperatingSystem.IsWindows()
            ? (exception.HResult & 0xFFFF) == WindowsWriteProtected
            : exception.HResult == UnixReadOnly;
    }
}
