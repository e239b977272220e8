using System.Text;
using OutreachAssistant.Core.Text;

namespace OutreachAssistant.Core.Tests.Text;

public sealed class PackedTextTests
{
    private const string Letter =
        "Dear Dr. Smith,\n\nI am an internal medicine graduate of Cairo University, and I read your program's page on " +
        "observerships with great interest. Would a short observership in your department be possible this spring?\n\n" +
        "I have attached my CV. Thank you for your time and consideration.\n\nBest regards,\nAmira Haddad\n" +
        "> On Monday, Jane Smith wrote:\n> Dear Amira, thank you for writing. Please contact our coordinator.\n";

    [Theory]
    [InlineData(Letter)]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("Größe, naïve café — 東京の病院 😀\r\nﬁn")]
    public void Unpack_GivesTheTextPacked(string text)
    {
        Assert.Equal(text, PackedText.Pack(text).Unpack());
    }

    [Fact]
    public void Pack_ALetter_HoldsFewerBytesThanItsUtf8()
    {
        var packed = PackedText.Pack(Letter);

        Assert.True(packed.PackedLength < Encoding.UTF8.GetByteCount(Letter), $"{packed.PackedLength} bytes packed");
    }

    [Fact]
    public void Equals_SameText_EqualPacks()
    {
        Assert.Equal(PackedText.Pack(Letter), PackedText.Pack(Letter));
        Assert.NotEqual(PackedText.Pack(Letter), PackedText.Pack(Letter + "."));
    }

    [Fact]
    public void Unpack_ALoneSurrogate_ComesBackAsTheReplacementCharacter()
    {
        // Not a character, so UTF-8 cannot hold it: the worst a malformed body can bring, and never an exception.
        Assert.Equal("a\uFFFDb", PackedText.Pack("a\uD800b").Unpack());
    }
}
