using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Core.Tests.FollowUps;

public sealed class DraftSlotTests
{
    private static readonly DateTimeOffset Made = Messages.Start;

    [Fact]
    public void NextFollowUp_CountsTheThreadsFollowUpsOnly()
    {
        var drafts = new[]
        {
            new ThreadDraft("t/follow-up/1", DraftPurpose.FollowUp, 1, Made),
            new ThreadDraft("c/keep-in-touch/1", DraftPurpose.KeepInTouch, 1, Made),
        };

        var slot = DraftSlot.NextFollowUp("t", drafts);

        Assert.Equal(new DraftSlot(DraftPurpose.FollowUp, 2, "t/follow-up/2"), slot);
    }

    [Fact]
    public void NextKeepInTouch_NumberedAfterTheContactsUpdates_KeyNamesTheContactWhateverItsCase()
    {
        var slot = DraftSlot.NextKeepInTouch("amira", "Jane@Example.org", madeBefore: 2);

        Assert.Equal(3, slot.Sequence);
        Assert.Equal(DraftPurpose.KeepInTouch, slot.Purpose);
        Assert.Equal(ThreadIds.KeepInTouchKey("amira", "jane@example.org", 3), slot.Key);
        Assert.EndsWith("/keep-in-touch/3", slot.Key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("amira-0011223344556677/follow-up/2", DraftPurpose.FollowUp, 2)]
    [InlineData("amira-contact-0011223344556677/keep-in-touch/1", DraftPurpose.KeepInTouch, 1)]
    public void FromKey_ReadsPurposeAndNumber(string key, DraftPurpose purpose, int sequence) =>
        Assert.Equal(new DraftSlot(purpose, sequence, key), DraftSlot.FromKey(key));

    [Theory]
    [InlineData("")]
    [InlineData("amira/follow-up")]
    [InlineData("amira/follow-up/x")]
    [InlineData("amira/follow-up/-1")]
    [InlineData("amira/reminder/1")]
    public void FromKey_OtherForms_Null(string key) => Assert.Null(DraftSlot.FromKey(key));

    [Fact]
    public void ThreadIds_SameMailboxAndConversation_SameId_OtherConversation_OtherId()
    {
        Assert.Equal(ThreadIds.For("amira", "c1"), ThreadIds.For("amira", "c1"));
        Assert.NotEqual(ThreadIds.For("amira", "c1"), ThreadIds.For("amira", "c2"));
        Assert.StartsWith("amira-", ThreadIds.For("amira", "c1"), StringComparison.Ordinal);
    }
}
