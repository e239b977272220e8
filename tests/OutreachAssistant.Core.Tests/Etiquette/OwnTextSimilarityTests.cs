using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Etiquette.Rules;

namespace OutreachAssistant.Core.Tests.Etiquette;

/// <summary>A summary, which keeps the words of a text and not the text, judges as the text itself would.</summary>
public sealed class OwnTextSimilarityTests
{
    private const string ToReed =
        "Dear Dr. Reed,\nI am an internal medicine graduate hoping to observe in your cardiology clinic this spring. " +
        "Would a two-week observership be possible? I have attached my CV and a letter from my program director.\nAmira Haddad";

    public static TheoryData<string, string, bool> Pairs => new()
    {
        // Only the greeting's name swapped: one text sent twice.
        { ToReed, ToReed.Replace("Dr. Reed", "Dr. Okafor", StringComparison.Ordinal), true },
        // Upper case or lower, a word is the same word.
        { ToReed, ToReed.ToUpperInvariant(), true },
        // A program swapped in the body as well still leaves most words in common.
        { ToReed, ToReed.Replace("Dr. Reed", "Dr. Okafor", StringComparison.Ordinal).Replace("cardiology", "nephrology", StringComparison.Ordinal), true },
        { ToReed, "Dear Dr. Reed,\nThank you for the call yesterday; I will send the forms to your coordinator by Friday.\nAmira", false },
        { ToReed, string.Empty, false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void IsSameText_SummaryOfTheFirst_AsTheTwoTexts(string first, string second, bool same)
    {
        var summary = new SentMessageSummary(DateTimeOffset.UnixEpoch, [], first);

        Assert.Equal(same, OwnTextSimilarity.IsSameText(first, second));
        Assert.Equal(same, OwnTextSimilarity.IsSameText(summary, second));
    }
}
