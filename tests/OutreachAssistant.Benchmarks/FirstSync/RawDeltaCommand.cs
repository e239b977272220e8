using System.Diagnostics;
using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OutreachAssistant.Graph;

namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>
/// <c>raw-delta --base-url URL --token T [--page-size 50]</c>: the floor a first sync can reach. The Graph SDK alone
/// pages the delta of Inbox, then Sent Items, to the delta link, with the service's own <c>$select</c>,
/// <c>$expand</c> and <c>Prefer</c> headers, and only counts the messages. Prints the seconds and the count.
/// </summary>
internal static class RawDeltaCommand
{
    // As GraphMailbox asks: text bodies on a single message; lists and delta may still answer in HTML.
    private const string TextBody = "outlook.body-content-type=\"text\"";

    private static readonly string[] Folders = ["inbox", "sentitems"];

    public static async Task<int> RunAsync(string[] args)
    {
        Uri baseUrl;
        string token;
        int pageSize;
        try
        {
            var options = CommandArguments.Parse(args, "--base-url", "--token", "--page-size");
            baseUrl = Uri.TryCreate(options.Required("--base-url"), UriKind.Absolute, out var url) ? url : throw new UsageException("--base-url must be an absolute URL");
            token = options.Required("--token");
            pageSize = options.Number("--page-size", 50, 1, 1000);
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"raw-delta: {ex.Message}");
            Console.Error.WriteLine("usage: raw-delta --base-url URL --token T [--page-size 50]");
            return 2;
        }

        // The SDK's own handler pipeline (its retry handler included), plus the immutable-id header every request of ours carries.
        var handlers = GraphClientFactory.CreateDefaultHandlers().ToList();
        handlers.Insert(0, new ImmutableIdHandler());
        using var http = GraphClientFactory.Create(handlers, version: "v1.0", nationalCloud: GraphClientFactory.Global_Cloud);
        http.Timeout = Timeout.InfiniteTimeSpan;
        var client = new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(new StaticAccessTokenProvider(token, baseUrl)), baseUrl.ToString().TrimEnd('/'));

        var clock = Stopwatch.StartNew();
        var total = 0;
        try
        {
            foreach (var folder in Folders)
            {
                var (messages, pages) = await PageAsync(client, folder, pageSize, clock);
                total += messages;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder}: {messages} messages in {pages} pages, {clock.Elapsed.TotalSeconds:F2} s"));
            }
        }
        catch (ODataError error)
        {
            Console.Error.WriteLine($"raw-delta: Graph answered {error.ResponseStatusCode} {error.Error?.Code}: {error.Error?.Message}");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw-delta: {total} messages in {clock.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }

    /// <summary>
    /// Follows one folder's delta from the start to its delta link; returns how many messages and pages came. A
    /// line every 100 pages shows whether a page costs more the further in it is.
    /// </summary>
    private static async Task<(int Messages, int Pages)> PageAsync(GraphServiceClient client, string folder, int pageSize, Stopwatch clock)
    {
        void Prefer(RequestHeaders headers)
        {
            headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
            headers.Add("Prefer", TextBody);
        }

        var delta = client.Me.MailFolders[folder].Messages.Delta;
        var page = await delta.GetAsDeltaGetResponseAsync(rc =>
        {
            rc.QueryParameters.Select = GraphMessageMapper.SelectedFields;
            rc.QueryParameters.Expand = GraphMessageMapper.ExpandedFields;
            Prefer(rc.Headers);
        });
        var messages = 0;
        for (var pages = 1; ; pages++)
        {
            messages += page?.Value?.Count ?? 0;
            if (page?.OdataDeltaLink is not null)
            {
                return (messages, pages);
            }

            if (pages % 100 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder}: {messages} messages after {pages} pages, {clock.Elapsed.TotalSeconds:F2} s"));
            }

            var next = page?.OdataNextLink ?? throw new InvalidOperationException($"a delta page of {folder} had neither a next link nor a delta link");
            page = await delta.WithUrl(next).GetAsDeltaGetResponseAsync(rc => Prefer(rc.Headers));
        }
    }
}
