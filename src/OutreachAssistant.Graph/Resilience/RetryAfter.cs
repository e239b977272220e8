using System.Globalization;

namespace OutreachAssistant.Graph.Resilience;

/// <summary>Reads <c>Retry-After</c> as Graph sends it: whole seconds, decimal seconds ("2.128") or an HTTP date.</summary>
public static class RetryAfter
{
    public static TimeSpan? From(HttpResponseMessage? response, DateTimeOffset now)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            return date > now ? date - now : TimeSpan.Zero;
        }

        // HttpClient parses only integers; a decimal value arrives as an unparsed header.
        if (response is not null && response.Headers.TryGetValues("Retry-After", out var raw)
            && double.TryParse(raw.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return null;
    }
}
