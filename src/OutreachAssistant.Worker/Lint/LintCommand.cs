using System.CommandLine;

namespace OutreachAssistant.Worker.Lint;

/// <summary>
/// The <c>lint</c> verb: checks message files against the etiquette rules. It needs no mailbox, so it
/// builds no host: no sandbox, no Quartz, only the settings.
/// </summary>
public static class LintCommand
{
    /// <summary>The verb, reading <c>-</c> from <paramref name="input"/>.</summary>
    public static Command Create(TextReader input)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object per file, one per line." };
        var files = new Argument<string[]>("FILE")
        {
            Description = "Messages: .eml files from any mail client, Outlook's \"Save as text\" files, or plain text with optional headers (Subject, To, Cc, Date, X-Attachments), a blank line, the body. - reads standard input.",
            // None given is reported by the runner, so that it exits 2 like other unreadable input rather than 1.
            Arity = ArgumentArity.ZeroOrMore,
        };
        var lint = new Command("lint", "Check messages against the guides' etiquette rules. Exit 1 when a finding is an error, 2 when input cannot be read.")
        {
            json,
            files,
        };
        lint.SetAction((result, token) =>
        {
            var config = result.InvocationConfiguration;
            return new LintRunner(input, config.Output, config.Error).RunAsync(result.GetValue(files) ?? [], result.GetValue(json), token);
        });
        return lint;
    }

    /// <summary>Parses and runs <c>lint</c> arguments (the verb itself first) with the given streams, as the program does with the console.</summary>
    public static Task<int> InvokeAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("outreach") { Create(input) };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
