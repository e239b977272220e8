using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OutreachAssistant.Sandbox.Graph;
using OutreachAssistant.Sandbox.Model;

namespace OutreachAssistant.Sandbox.Faults;

/// <summary>
/// Injected faults (errors with Retry-After, slow and hung answers, broken JSON) for chaos-testing a client,
/// and stats on how the client behaved. Kept in memory only. Callers hold the sandbox's request gate.
/// </summary>
internal sealed class FaultInjector(TimeProvider clock)
{
    private static readonly byte[] MalformedBody = Encoding.UTF8.GetBytes("""{"value":[{"id":"AAMkAD""");

    private readonly List<FaultRule> rules = [];
    private readonly FaultStats stats = new();

    public void Add(JsonObject body) => rules.Add(FaultRuleParser.Parse(body));

    /// <summary>Clears the rules and the stats.</summary>
    public void Clear()
    {
        rules.Clear();
        stats.Clear();
    }

    public JsonObject Describe() => new() { ["value"] = new JsonArray([.. rules.Select(FaultRuleJson.Write)]) };

    public JsonObject Stats() => stats.Describe();

    /// <summary>
    /// Counts the request and applies the first rule that fires. False when the fault took the request over:
    /// it answered, or left a <see cref="FaultStall"/> for the caller to wait out after the gate.
    /// </summary>
    /// <exception cref="GraphException">An error fault fired.</exception>
    public async Task<bool> ApplyAsync(HttpContext context, Mailbox? mailbox)
    {
        if (!FaultContext.FirstPass(context))
        {
            return true;
        }

        if (mailbox is not null)
        {
            stats.Request(mailbox.Id, FaultContext.Arrival(context), context.TraceIdentifier);
        }

        var rule = Fire(context, mailbox);
        if (rule is null)
        {
            return true;
        }

        switch (rule.Kind)
        {
            case FaultKind.Slow:
                FaultContext.Stall(context, new FaultStall(rule.Delay));
                return false;
            case FaultKind.Timeout:
                FaultContext.Stall(context, FaultStall.Forever);
                return false;
            case FaultKind.MalformedJson:
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = "application/json; charset=utf-8";
                context.Response.ContentLength = MalformedBody.Length;
                await context.Response.Body.WriteAsync(MalformedBody, context.RequestAborted);
                return false;
            case FaultKind.CommitFailure:
                FaultContext.FailCommit(context);
                return true;
            default:
                throw Error(context, rule, mailbox);
        }
    }

    private FaultRule? Fire(HttpContext context, Mailbox? mailbox)
    {
        var inBatch = FaultContext.InBatch(context);
        foreach (var rule in rules)
        {
            if (rule.Matches(context.Request, mailbox, inBatch) && rule.TryFire())
            {
                if (rule.Exhausted)
                {
                    rules.Remove(rule);
                }

                if (mailbox is not null)
                {
                    stats.Fired(mailbox.Id);
                }

                return rule;
            }
        }

        return null;
    }

    private GraphException Error(HttpContext context, FaultRule rule, Mailbox? mailbox)
    {
        if (rule.RetryAfterSeconds is { } seconds)
        {
            var now = clock.GetUtcNow();

            // An HTTP date has whole seconds, so the wait it allows is what is left of the truncated date.
            var until = now.AddSeconds(seconds);
            until = until.AddTicks(-(until.Ticks % TimeSpan.TicksPerSecond));
            context.Response.Headers.RetryAfter = rule.RetryAfterDate
                ? until.ToString("R", CultureInfo.InvariantCulture)
                : seconds.ToString(CultureInfo.InvariantCulture);
            if (mailbox is not null)
            {
                stats.RetryAfter(mailbox.Id, rule.RetryAfterDate ? until - now : TimeSpan.FromSeconds(seconds), now, context.TraceIdentifier);
            }
        }

        return new GraphException(rule.Status, rule.Code, rule.Message);
    }
}
