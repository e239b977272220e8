using System.Globalization;
using System.Text.Json;

namespace OutreachAssistant.Worker.Locking;

/// <summary>
/// Who holds a data folder's lock, kept in a side file beside it: a locked file cannot be read by the process
/// that is kept out, and that process is the one that must name the holder.
/// </summary>
public sealed record DataFolderHolder(int ProcessId, string Verb, DateTimeOffset Since)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DataFolderHolder? TryRead(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<DataFolderHolder>(File.ReadAllText(path), Json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            // Being written at this instant, never written (the holder died first) or unreadable: the holder goes unnamed.
            return null;
        }
    }

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    /// <summary>"pid 1234, run --once, since 19:04:05" (the date too when it is not today).</summary>
    public string Describe(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(Since, TimeZoneInfo.Local);
        var today = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.Local).Date;
        var format = local.Date == today ? "HH:mm:ss" : "yyyy-MM-dd HH:mm:ss";
        return $"pid {ProcessId}, {Verb}, since {local.ToString(format, CultureInfo.InvariantCulture)}";
    }
}
