using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>
/// <c>seed --messages N --out DIR [--seed S]</c>: writes DIR/amira.json, one mailbox of exactly N messages in the
/// sandbox's seed format, the same bytes for the same N and S. Prints one line saying what is in it.
/// </summary>
internal static class SeedCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Dashes and apostrophes stay readable in the file; it is read by the sandbox, never put in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string[] args)
    {
        try
        {
            var options = CommandArguments.Parse(args, "--messages", "--out", "--seed");
            var messages = options.Number("--messages", null, 10, 1_000_000);
            var folder = Directory.CreateDirectory(options.Required("--out")).FullName;
            var file = Path.Combine(folder, $"{Applicant.MailboxId}.json");

            // Every seed file in the folder becomes a mailbox, so another one there would change what is measured.
            var others = Directory.GetFiles(folder, "*.json").Where(f => f != file).ToList();
            if (others.Count > 0)
            {
                throw new UsageException($"{folder} holds other seed files ({Path.GetFileName(others[0])}); give an empty folder");
            }

            var generated = ApplicantMailboxGenerator.Generate(messages, options.Number("--seed", 2026, 0, int.MaxValue));
            using (var stream = File.Create(file))
            {
                JsonSerializer.Serialize(stream, generated.Mailbox, Json);
            }

            var threads = generated.OutreachThreads;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed: {messages} messages ({generated.Count("inbox")} inbox, {generated.Count("sentitems")} sent), {threads.Values.Sum()} outreach threads "
                + $"({string.Join(", ", threads.Select(t => $"{t.Value} {t.Key}"))}), {new FileInfo(file).Length / 1024} KB in {file}"));
            return 0;
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"seed: {ex.Message}");
            Console.Error.WriteLine("usage: seed --messages N --out DIR [--seed S]");
            return 2;
        }
    }
}
