using System.Text;
using OutreachAssistant.Core.Etiquette;

namespace OutreachAssistant.Core.Tests.Etiquette;

public sealed class MessageFileParserTests
{
    private const int Folds = 200_000;

    [Fact]
    public void Parse_200000FoldedHeaderLines_JoinsThemAll()
    {
        // Linear work: this took minutes when each fold copied the header's value so far.
        var file = new StringBuilder("Subject: Observership\n");
        for (var i = 0; i < Folds; i++)
        {
            file.Append(" part").Append(i).Append('\n');
        }

        file.Append("To: Dr. Jane Smith <jsmith@childrens.example.org>,\n");
        for (var i = 0; i < Folds; i++)
        {
            file.Append("\tcolleague").Append(i).Append("@childrens.example.org,\n");
        }

        file.Append("\nDear Dr. Smith,\nWould a short observership be possible?\n");

        var parsed = MessageFileParser.Parse(file.ToString());

        Assert.StartsWith("Observership part0 part1 ", parsed.Subject, StringComparison.Ordinal);
        Assert.EndsWith($" part{Folds - 1}", parsed.Subject, StringComparison.Ordinal);
        Assert.Equal(Folds + 1, parsed.To.Count);
        Assert.Equal($"colleague{Folds - 1}@childrens.example.org", parsed.To[^1].Address);
        Assert.StartsWith("Dear Dr. Smith,", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FoldedDateLine_NamesTheHeadersFirstLineInErrors()
    {
        var error = Assert.Throws<FormatException>(() => MessageFileParser.Parse("Subject: Hi\nDate: not\n  a date\n\nBody"));
        Assert.StartsWith("line 2:", error.Message, StringComparison.Ordinal);
    }
}
