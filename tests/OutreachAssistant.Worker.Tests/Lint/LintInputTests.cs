using System.Text;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Worker.Lint;

namespace OutreachAssistant.Worker.Tests.Lint;

/// <summary>
/// <c>lint</c> reads what users have: <c>.eml</c> files from any client (MimeKit), Outlook's "Save as text", a body the
/// Content-Type says is HTML; and what holds no message is one line.
/// </summary>
public sealed class LintInputTests
{
    private const string OutlookEml = """
        From: =?UTF-8?B?QW3DrXJhIEhhZGRhZA==?= <amira.haddad@outlook.example>
        To: "Smith, Jane" <jsmith@childrens.example.org>
        Subject: =?UTF-8?Q?IMG_applicant_=E2=80=93_question_about_observerships?=
        Date: Tue, 3 Nov 2026 23:40:00 -0500
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: quoted-printable

        Dear Dr. Smith,
        I am an internal medicine graduate from Cairo University (Class of 2024). I h=
        ave attached my CV and would be grateful for a short observership =E2=80=93 =
        would one be possible this spring?

        Best regards,
        Amira Haddad
        --b1
        Content-Type: application/pdf; name="CV.pdf"
        Content-Disposition: attachment; filename="CV.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --b1--
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("outreach-lint-input-").FullName;

    [Fact]
    public async Task ReadFile_OutlookEml_DecodedSubjectBodyAndAttachmentsCounted()
    {
        var path = Write("observership.eml", OutlookEml);

        var message = await LintInput.ReadFileAsync(path, CancellationToken.None);

        Assert.Equal("IMG applicant – question about observerships", message.Subject);
        Assert.Equal(("amira.haddad@outlook.example", "Amíra Haddad"), (message.From!.Address, message.From.Name));
        Assert.Equal(("jsmith@childrens.example.org", "Smith, Jane"), (message.To[0].Address, message.To[0].Name));
        Assert.Contains("I have attached my CV and would be grateful for a short observership – would one be possible this spring?", message.Body, StringComparison.Ordinal);
        Assert.Equal(["CV.pdf"], message.Attachments);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 23, 40, 0, TimeSpan.FromHours(-5)), message.Date);
    }

    [Fact]
    public async Task Lint_OutlookEml_AttachmentSeenAndLateNightFound()
    {
        var path = Write("observership.eml", OutlookEml);

        var (code, output, error) = await RunAsync(path);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.DoesNotContain("content.attachment-missing", output, StringComparison.Ordinal);
        Assert.Contains("timing.late-night", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFile_HtmlOnlyEmlAndHtmlContentTypeInAPlainFile_ReadAsHtml()
    {
        const string html = "<html><body><p>Dear Dr. Smith,</p><p>Would you have <b>15 minutes</b> for advice?</p><p>Best,<br>Amira</p></body></html>";
        var eml = Write("html.eml", $"Subject: Advice\nTo: jsmith@childrens.example.org\nContent-Type: text/html; charset=utf-8\n\n{html}\n");
        var plain = Write("html.txt", $"Subject: Advice\nTo: jsmith@childrens.example.org\nX-Attachments: CV.pdf\nContent-Type: text/html\n\n{html}\n");

        var fromEml = await LintInput.ReadFileAsync(eml, CancellationToken.None);
        var fromPlain = await LintInput.ReadFileAsync(plain, CancellationToken.None);

        foreach (var message in new[] { fromEml, fromPlain })
        {
            Assert.DoesNotContain("<", message.Body, StringComparison.Ordinal);
            Assert.Contains("Would you have 15 minutes for advice?", message.Body, StringComparison.Ordinal);
        }

        Assert.Equal(["CV.pdf"], fromPlain.Attachments);
    }

    [Fact]
    public async Task ReadFile_OutlookSaveAsText_SentAndNamesAndAttachmentsRead()
    {
        var path = Write("saved.txt", "From:\tAmira Haddad\r\nSent:\tTuesday, November 3, 2026 11:40 PM\r\nTo:\tDr. Jane Smith; 'mlopez@childrens.example.org'\r\nCc:\t\r\nSubject:\tIMG applicant - question about observerships\r\nAttachments:\tCV.pdf; Letter.docx\r\n\r\nDear Dr. Smith,\r\nI have attached my CV. Would a short observership be possible?\r\n\r\nBest regards,\r\nAmira Haddad\r\n");

        var message = await LintInput.ReadFileAsync(path, CancellationToken.None);
        var (code, output, _) = await RunAsync(path);

        Assert.Equal(new DateTimeOffset(2026, 11, 3, 23, 40, 0, TimeSpan.Zero), message.Date);
        Assert.Equal(["Dr. Jane Smith", null], message.To.Select(t => t.Name));
        Assert.Equal($"dr.jane.smith@{OutlookTextHeaders.NoAddressDomain}", message.To[0].Address);
        Assert.Equal("mlopez@childrens.example.org", message.To[1].Address);
        Assert.Equal(["CV.pdf", "Letter.docx"], message.Attachments);
        Assert.Equal(0, code);
        Assert.Contains("timing.late-night", output, StringComparison.Ordinal);
        Assert.DoesNotContain("content.attachment-missing", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_FolderEmptyFileAndInvalidUtf8_OneLineEachAndExitTwo()
    {
        var empty = Write("empty.txt", "\n  \n");
        var latin1 = Path.Combine(folder, "latin1.txt");
        await File.WriteAllBytesAsync(latin1, [.. Encoding.ASCII.GetBytes("Subject: R"), 0xE9, .. Encoding.ASCII.GetBytes("sum\n\nHello")]);
        var outlookMsg = Write("saved.msg", "binary");

        var (code, output, error) = await RunAsync(folder + Path.DirectorySeparatorChar + "..", empty, latin1, outlookMsg);

        Assert.Equal(2, code);
        Assert.Empty(output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.EndsWith(": a folder, not a message file; name the files in it, e.g. " + Path.Combine(folder + Path.DirectorySeparatorChar + "..", "*.eml"), lines[0], StringComparison.Ordinal);
        Assert.Equal($"{empty}: empty: there is no message in it to check", lines[1]);
        Assert.Equal($"{latin1}: not UTF-8 text (byte 0xE9 at offset 10 is not UTF-8); save it as UTF-8 text, or as .eml from your mail client", lines[2]);
        Assert.StartsWith($"{outlookMsg}: Outlook's own .msg format cannot be read", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFile_Utf16OutlookText_Read()
    {
        var path = Path.Combine(folder, "unicode.txt");
        await File.WriteAllBytesAsync(path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Subject: Frage zur Hospitation – Kardiologie\n\nSehr geehrte Frau Dr. Weber,\nwäre eine Hospitation möglich?\n")]);

        var message = await LintInput.ReadFileAsync(path, CancellationToken.None);

        Assert.Equal("Frage zur Hospitation – Kardiologie", message.Subject);
        Assert.Contains("wäre eine Hospitation möglich?", message.Body, StringComparison.Ordinal);
    }

    /// <summary>talon's standard replies, saved by real clients (QP, base64, charsets); their text as Python's email package decoded it.</summary>
    [SharedFixtureFact]
    public async Task ReadFile_TalonStandardReplies_BodyAsPythonDecodedIt()
    {
        var suite = Path.Combine(SharedFixtureFactAttribute.Folder!, "mailgun-talon");
        var emls = Directory.GetFiles(Path.Combine(suite, "tests", "fixtures", "standard_replies"), "*.eml");
        var differing = new List<string>();
        foreach (var eml in emls)
        {
            var decoded = Path.Combine(suite, "derived", "standard_replies_text_plain", Path.GetFileNameWithoutExtension(eml) + ".txt");
            var message = await LintInput.ReadFileAsync(eml, CancellationToken.None);
            if (File.Exists(decoded) && Normalise(message.Body) != Normalise(await File.ReadAllTextAsync(decoded)))
            {
                differing.Add(Path.GetFileName(eml));
            }
        }

        Assert.True(emls.Length >= 10, $"{emls.Length} standard replies found");
        Assert.Empty(differing);
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").Trim();

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] files)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await LintCommand.InvokeAsync(["lint", .. files], TextReader.Null, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
