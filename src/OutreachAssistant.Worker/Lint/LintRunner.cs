using System.Text.Json;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Mail;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Worker.Lint;

/// <summary>
/// Reads each file, checks it and prints the report. Exit codes: 0 no error finding, 1 an error finding,
/// 2 a file that cannot be read or parsed, or a bad setting (one line on standard error names it).
/// </summary>
public sealed class LintRunner(TextReader input, TextWriter output, TextWriter error, string? contentRoot = null)
{
    public const int Clean = 0;
    public const int ErrorFound = 1;
    public const int Unreadable = 2;

    // Without a mailbox there is no owner address; the user is assumed to send from here.
    private static readonly EmailAddress AssumedSender = new("you@lint.invalid");

    public async Task<int> RunAsync(IReadOnlyList<string> files, bool json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            await error.WriteLineAsync("lint: no FILE given; name one or more message files, or - for standard input");
            return Unreadable;
        }

        LintSettings settings;
        try
        {
            settings = LintSettings.Load(contentRoot);
        }
        catch (LintSettingsException ex)
        {
            await error.WriteLineAsync($"Configuration error: {ex.Message}");
            return Unreadable;
        }

        var checker = new EtiquetteChecker(settings.Etiquette);
        var exitCode = Clean;
        var reports = new List<LintReport>();
        foreach (var file in files)
        {
            var report = await LintFileAsync(file, checker, settings.Detection, cancellationToken);
            if (report is null)
            {
                exitCode = Unreadable;
                continue;
            }

            reports.Add(report);
            await output.WriteAsync(json ? JsonSerializer.Serialize(report, LintJson.Options) + "\n" : LintText.Format(report));
            if (exitCode == Clean && report.Findings.Any(f => f.Severity == Severity.Error))
            {
                exitCode = ErrorFound;
            }
        }

        if (!json && reports.Count > 1)
        {
            await output.WriteLineAsync(LintText.Summary(reports));
        }

        return exitCode;
    }

    private async Task<LintReport?> LintFileAsync(string file, EtiquetteChecker checker, OutreachDetectionOptions detection, CancellationToken cancellationToken)
    {
        MessageFile message;
        try
        {
            message = file == "-" ? LintInput.ReadText(await input.ReadToEndAsync(cancellationToken)) : await LintInput.ReadFileAsync(file, cancellationToken);
        }
        catch (LintInputException ex)
        {
            await error.WriteLineAsync($"{file}: {ex.Message}");
            return null;
        }
        catch (FormatException ex)
        {
            await error.WriteLineAsync($"{file}: {ex.Message}");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"{file}: cannot read: {ex.Message}");
            return null;
        }

        var sender = message.From ?? AssumedSender;
        var verdict = new OutreachClassifier(detection, new MailboxOwner(sender)).ClassifyAlone(message.ToMailMessage(sender));

        // A file has no thread: a reply (by its subject or the message it quotes) is taken as answering the contact.
        var lint = message.ToLintMessage() with { AnswersReply = ReplySubject.IsReply(message.Subject) || OwnTextExtractor.RemoveQuotedHistory(message.Body).Length < message.Body.Trim().Length };
        return new LintReport(
            file,
            lint.Own.Text,
            lint.Own.Signature,
            lint.Own.Lines,
            lint.Own.Words,
            JsonNamingPolicy.KebabCaseLower.ConvertName(verdict.Kind.ToString()),
            verdict.IsOutreach,
            [.. verdict.Reasons, .. verdict.KindReasons],
            checker.Check(lint));
    }
}
