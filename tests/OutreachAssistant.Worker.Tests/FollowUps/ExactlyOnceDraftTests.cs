using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Findings;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.FollowUps;

/// <summary>Exactly-once drafts rest on the store (the draft-key claim and the ledger), on SQLite and on PostgreSQL alike.</summary>
[Collection(SharedPostgreSqlServer.Name)]
public sealed class ExactlyOnceDraftTests(PostgreSqlServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.Available), MemberType = typeof(StorageProviders))]
    public async Task FollowUp_CrashAfterCreateReplyBeforeRecording_NoSecondDraft(StorageProvider provider)
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.UseAsync(provider, postgres);

        // The first run dies between createReply (and the move) and writing the record.
        await Assert.ThrowsAsync<SimulatedCrashException>(() => world.RunOnceAsync(services =>
            services.AddSingleton<IDraftLedger>(sp => new CrashingLedger(ActivatorUtilities.CreateInstance<DraftLedger>(sp)))));
        var afterCrash = Assert.Single(await world.DraftsAsync());

        var created = await world.RunOnceAsync();

        var draft = Assert.Single(await world.DraftsAsync());
        Assert.Equal(1, created);
        Assert.Equal(afterCrash.GetProperty("id").GetString(), draft.GetProperty("id").GetString());
        // The service asks for immutable ids: the draft keeps the id it was created with through its move to the Inbox.
        Assert.Equal(draft.GetProperty("immutableId").GetString(), Assert.Single(Assert.Single(await world.StatusAsync()).Drafts).MessageId);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.Available), MemberType = typeof(StorageProviders))]
    public async Task FollowUp_CrashBetweenCreateReplyAndNotingItsId_TheUnwrittenDraftIsFoundAndWrittenOnce(StorageProvider provider)
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.UseAsync(provider, postgres);

        // The first run dies right after createReply, before the draft's id is on its claim: the draft has no key
        // (the sandbox's createReply drops it, as Graph may) and nothing in the store names it.
        await Assert.ThrowsAsync<SimulatedCrashException>(() => world.RunOnceAsync(services =>
            services.AddSingleton<IDraftLedger>(sp => new CrashingLedger(ActivatorUtilities.CreateInstance<DraftLedger>(sp), crashOnNote: true))));
        var unwritten = Assert.Single(await world.DraftsAsync());
        Assert.Empty(unwritten.GetProperty("categories").EnumerateArray());

        await world.RunOnceAsync();

        var draft = Assert.Single(await world.DraftsAsync());
        Assert.Equal(["Outreach follow-up"], draft.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("Dear Dr. Smith,\n", BodyOf(draft), StringComparison.Ordinal);
        Assert.Single(Assert.Single(await world.StatusAsync()).Drafts);
    }

    [Fact]
    public async Task FollowUp_Draft_OwnTextAboveTheQuotedOriginal()
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);

        await world.RunOnceAsync();

        var body = BodyOf(Assert.Single(await world.DraftsAsync()));
        Assert.StartsWith("Dear Dr. Smith,\n", body, StringComparison.Ordinal);
        var quote = body.IndexOf("Subject: IMG applicant (Class of 2024) - question about observerships", StringComparison.Ordinal);
        Assert.True(quote > body.IndexOf("Kind regards,", StringComparison.Ordinal), "the original is quoted below our text");
        Assert.Contains("Would a short observership be possible?", body[quote..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_HtmlOriginal_DraftStaysHtmlWithOurEscapedTextAboveTheQuote()
    {
        var html = Outreach.ToDirector("-11d") with
        {
            BodyType = "html",
            Body = "<html><body><p>Dear Dr. Smith,</p><p>I am an internal medicine graduate. Would a short observership be possible?</p><p>Amira Haddad</p></body></html>",
        };
        await using var world = await SandboxWorld.StartAsync([html]);

        await world.RunOnceAsync();

        var draft = Assert.Single(await world.DraftsAsync());
        var body = (await world.GraphMessageAsync(draft.GetProperty("id").GetString()!)).GetProperty("body");
        Assert.Equal("html", body.GetProperty("contentType").GetString());
        var content = body.GetProperty("content").GetString()!;
        var ours = content.IndexOf("<div>Dear Dr. Smith,<br><br>", StringComparison.Ordinal);
        Assert.InRange(ours, content.IndexOf("<body", StringComparison.Ordinal), content.IndexOf("From:", StringComparison.Ordinal));
        Assert.Contains("&quot;IMG applicant (Class of 2024) - question about observerships&quot;", content, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.Available), MemberType = typeof(StorageProviders))]
    public async Task FollowUp_CrashBetweenCreateReplyAndWritingIt_WrittenOnceAtTheNextRun(StorageProvider provider)
    {
        await using var world = await SandboxWorld.StartAsync([Outreach.ToDirector("-11d")]);
        await world.UseAsync(provider, postgres);
        world.Overrides[$"{FindingsOptions.SectionName}:TagSentMessages"] = "false";

        // The only PATCH of the run is the one that writes the draft: it fails after createReply succeeded. The
        // sandbox's createReply drops our key by default (Graph does not promise to keep it), so only the id the
        // writer noted on its claim leads the next run back to this draft.
        await world.AddFaultAsync(new { method = "PATCH", status = 403, code = "ErrorAccessDenied", count = 1 });
        await world.RunOnceAsync();
        var unwritten = Assert.Single(await world.DraftsAsync());
        Assert.Empty(unwritten.GetProperty("categories").EnumerateArray());
        Assert.DoesNotContain("Dear Dr. Smith,\n\n", BodyOf(unwritten), StringComparison.Ordinal);

        await world.RunOnceAsync();

        var draft = Assert.Single(await world.DraftsAsync());
        Assert.Equal("inbox", draft.GetProperty("folder").GetString());
        Assert.Equal(["Outreach follow-up"], draft.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var body = BodyOf(draft);
        Assert.StartsWith("Dear Dr. Smith,\n", body, StringComparison.Ordinal);
        Assert.Equal(body.IndexOf("Kind regards,", StringComparison.Ordinal), body.LastIndexOf("Kind regards,", StringComparison.Ordinal));
        // The service asks for immutable ids: the draft keeps the id it was created with through its move to the Inbox.
        Assert.Equal(draft.GetProperty("immutableId").GetString(), Assert.Single(Assert.Single(await world.StatusAsync()).Drafts).MessageId);
    }

    private static string BodyOf(System.Text.Json.JsonElement draft) =>
        draft.GetProperty("body").GetProperty("content").GetString()!.ReplaceLineEndings("\n");

    /// <summary>Dies where a test says: recording the draft (the default), or noting the id createReply gave.</summary>
    private sealed class CrashingLedger(IDraftLedger inner, bool crashOnNote = false) : DelegatingDraftLedger(inner)
    {
        public override Task NoteMadeAsync(string draftKey, string holder, string messageId, CancellationToken cancellationToken) =>
            crashOnNote ? throw new SimulatedCrashException() : base.NoteMadeAsync(draftKey, holder, messageId, cancellationToken);

        public override Task RecordAsync(DraftRecord draft, CancellationToken cancellationToken) =>
            crashOnNote ? base.RecordAsync(draft, cancellationToken) : throw new SimulatedCrashException();
    }

    private sealed class SimulatedCrashException : Exception;
}
