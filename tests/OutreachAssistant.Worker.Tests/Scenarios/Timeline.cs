using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Hosting;
using OutreachAssistant.Worker.Steering;
using OutreachAssistant.Worker.Tests.Support;

namespace OutreachAssistant.Worker.Tests.Scenarios;

/// <summary>
/// One readable timeline: a seeded mailbox, then steps (mail arrives, the clock moves, the service runs once
/// or as a service after a restart, the user deletes or sends a draft), then the exact drafts expected.
/// The sandbox and the worker share a fake clock that starts on Monday 2 November 2026, 10:00 in New York.
/// </summary>
public sealed class Timeline(string name)
{
    private readonly List<SeedMessage> seeds = [];
    private readonly Dictionary<string, string?> settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Func<SandboxWorld, Task>> steps = [];
    private DateTimeOffset start = SandboxWorld.DefaultStart;

    public string Name => name;

    public Timeline StartingAt(DateTimeOffset at) => Also(() => start = at);

    public Timeline Seed(params SeedMessage[] messages) => Also(() => seeds.AddRange(messages.Select((m, i) => m with { Key = m.Key ?? $"seed-{seeds.Count + i}" })));

    public Timeline With(string key, string value) => Also(() => settings[key] = value);

    public Timeline Advance(TimeSpan by) => Step(w => w.Clock.Advance(by));

    public Timeline AdvanceDays(double days) => Advance(TimeSpan.FromDays(days));

    public Timeline AdvanceTo(DateTimeOffset at) => Step(w => w.Clock.SetUtcNow(at));

    public Timeline Deliver(SeedMessage message) => Step(w => w.DeliverAsync(message));

    public Timeline RunOnce() => Step(w => w.RunOnceAsync());

    /// <summary>The service starts (as after being down), runs its start-up, sync and due wake-ups, and stops.</summary>
    public Timeline Restart() => Step(RunServiceAsync);

    public Timeline WorkingHours(string start, string end, params string[] days) => Step(w => w.UpdateSettingsAsync(s =>
    {
        var hours = s["workingHours"]!.AsObject();
        hours["startTime"] = start;
        hours["endTime"] = end;
        hours["daysOfWeek"] = new JsonArray([.. days.Select(d => (JsonNode)d)]);
    }));

    public Timeline TimeZone(string zone) => Step(w => w.UpdateSettingsAsync(s =>
    {
        s["timeZone"] = zone;
        s["workingHours"]!["timeZone"] = new JsonObject { ["name"] = zone };
    }));

    /// <summary>The user deletes every unsent draft of ours.</summary>
    public Timeline UserDeletesDrafts() => Step(async w =>
    {
        foreach (var draft in await OpenDraftsAsync(w))
        {
            await w.DeleteMessageAsync(draft.GetProperty("id").GetString()!);
        }
    });

    /// <summary>
    /// The user sends the draft of a conversation: the sandbox has no send, so the draft goes and the sent copy
    /// arrives in Sent Items in the same conversation.
    /// </summary>
    public Timeline UserSendsDraft(string outreachSubject, string to = Mail.Director) => Step(async w =>
    {
        var draft = (await OpenDraftsAsync(w)).Single(d => d.GetProperty("subject").GetString() == $"RE: {outreachSubject}");
        await w.DeleteMessageAsync(draft.GetProperty("id").GetString()!);
        await w.DeliverAsync(new SeedMessage
        {
            Folder = "sentitems",
            From = SandboxWorld.Owner,
            To = [to],
            Subject = $"RE: {outreachSubject}",
            Body = draft.GetProperty("body").GetProperty("content").GetString() ?? string.Empty,
            Sent = "now",
            Conversation = outreachSubject,
        });
    });

    /// <summary>The user adds a category to a sent or received message in Outlook (the first of that subject in the folder).</summary>
    public Timeline UserCategorizes(string subject, string category, string folder = "sentitems") => Step(async w =>
    {
        var message = await MessageAsync(w, subject, folder);
        var categories = message.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).Append(category);
        await w.PatchMessageAsync(message.GetProperty("id").GetString()!, JsonSerializer.Serialize(new { categories }));
    });

    /// <summary>The user flags a sent message for follow-up in Outlook, due on a day (midnight there, in New York).</summary>
    public Timeline UserFlags(string subject, string dueDay, string folder = "sentitems") => Step(async w =>
    {
        var message = await MessageAsync(w, subject, folder);
        var flag = new
        {
            flagStatus = "flagged",
            startDateTime = new { dateTime = $"{dueDay}T00:00:00", timeZone = "Eastern Standard Time" },
            dueDateTime = new { dateTime = $"{dueDay}T00:00:00", timeZone = "Eastern Standard Time" },
        };
        await w.PatchMessageAsync(message.GetProperty("id").GetString()!, JsonSerializer.Serialize(new { flag }));
    });

    /// <summary>What <c>outreach stop|resume|snooze</c> does to the thread of a subject.</summary>
    public Timeline Steer(SteerAction action, string outreachSubject, string? until = null) => Step(async w =>
    {
        var thread = (await w.StatusAsync()).Single(t => t.Subject == outreachSubject);
        using var host = w.BuildHost(HostMode.Command);
        var day = until is null ? (DateOnly?)null : SnoozeDate.Parse(until);
        await host.Services.GetRequiredService<ThreadSteering>().SteerAsync(thread.ThreadId, action, day, CancellationToken.None);
    });

    /// <summary>The categories a sent or received message of a subject wears, exactly.</summary>
    public Timeline ExpectCategories(string subject, string folder, params string[] categories) => Step(async w =>
    {
        var message = await MessageAsync(w, subject, folder);
        Assert.Equal(categories.Order(StringComparer.Ordinal), message.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).Order(StringComparer.Ordinal));
    });

    public Timeline ExpectDrafts(params ExpectedDraft[] expected) => Step(async w =>
    {
        var actual = (await w.DraftsAsync()).Select(d => new ExpectedDraft(
            d.GetProperty("folder").GetString()!,
            d.GetProperty("subject").GetString()!,
            [.. d.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!)]).ToString());
        Assert.Equal(expected.Select(e => e.ToString()).Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    });

    /// <summary>How many drafts of ours exist, wherever they are.</summary>
    public Timeline ExpectDraftCount(int count) => Step(async w => Assert.Equal(count, (await w.DraftsAsync()).Count));

    /// <summary>Every unsent draft opens with this greeting line.</summary>
    public Timeline ExpectGreeting(string greeting) => Step(async w =>
    {
        var drafts = await OpenDraftsAsync(w);
        Assert.NotEmpty(drafts);
        Assert.All(drafts, d => Assert.StartsWith(greeting + "\n", d.GetProperty("body").GetProperty("content").GetString()!.ReplaceLineEndings("\n"), StringComparison.Ordinal));
    });

    /// <summary>What <c>outreach status</c> says of the thread of a subject: its state and the start of its reason.</summary>
    public Timeline ExpectThread(string outreachSubject, string state, string? reasonStartsWith = null) => Step(async w =>
    {
        var thread = (await w.StatusAsync()).Single(t => t.Subject == outreachSubject);
        Assert.Equal(state, thread.State);
        if (reasonStartsWith is not null)
        {
            Assert.StartsWith(reasonStartsWith, thread.Reason, StringComparison.Ordinal);
        }
    });

    /// <summary>A finding <c>outreach status</c> shows on the thread of a subject.</summary>
    public Timeline ExpectFinding(string outreachSubject, string ruleId) => Step(async w =>
        Assert.Contains((await w.StatusAsync()).Single(t => t.Subject == outreachSubject).Findings, f => f.RuleId == ruleId));

    /// <summary>How many threads <c>outreach status</c> lists.</summary>
    public Timeline ExpectThreadCount(int count) => Step(async w => Assert.Equal(count, (await w.StatusAsync()).Count));

    public Timeline ExpectNextAction(string outreachSubject, DateTimeOffset at) => Step(async w =>
        Assert.Equal(at, (await w.StatusAsync()).Single(t => t.Subject == outreachSubject).NextActionAt));

    public async Task PlayAsync()
    {
        await using var world = await SandboxWorld.StartAsync(seeds, start);
        foreach (var (key, value) in settings)
        {
            world.Overrides[key] = value;
        }

        foreach (var step in steps)
        {
            await step(world);
        }
    }

    public override string ToString() => name;

    private static async Task<JsonElement> MessageAsync(SandboxWorld world, string subject, string folder) =>
        (await world.MessagesAsync()).First(m => !m.GetProperty("isDraft").GetBoolean() && m.GetProperty("subject").GetString() == subject && m.GetProperty("folder").GetString() == folder);

    private static async Task<IReadOnlyList<JsonElement>> OpenDraftsAsync(SandboxWorld world) =>
        [.. (await world.DraftsAsync()).Where(d => d.GetProperty("folder").GetString() != "deleteditems")];

    private static async Task RunServiceAsync(SandboxWorld world)
    {
        var logs = new CapturingLoggerProvider();
        using var host = world.BuildHost(HostMode.Service, services => services.AddSingleton<ILoggerProvider>(logs));
        await host.StartAsync();
        try
        {
            var threads = host.Services.GetRequiredService<ThreadStore>();
            await Eventually.HoldsAsync(async () =>
                logs.Entries.Any(e => e.Message.Contains("/sentitems", StringComparison.Ordinal))
                && (await threads.ListDueAsync(world.Clock.GetUtcNow(), CancellationToken.None)).Count == 0);

            // A wake-up fired late may still be finishing; stopping waits for running jobs.
            await Task.Delay(TimeSpan.FromMilliseconds(300));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private Timeline Also(Action change)
    {
        change();
        return this;
    }

    private Timeline Step(Action<SandboxWorld> act) => Step(w =>
    {
        act(w);
        return Task.CompletedTask;
    });

    private Timeline Step(Func<SandboxWorld, Task> act)
    {
        steps.Add(act);
        return this;
    }
}
