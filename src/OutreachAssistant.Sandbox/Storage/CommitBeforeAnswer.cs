using Microsoft.AspNetCore.Http;

namespace OutreachAssistant.Sandbox.Storage;

/// <summary>
/// Holds a request's answer back until its write is committed. A handler writes its answer as it goes; sent
/// at once, a 201 would reach the client before a commit that then fails, and the client would keep a draft
/// id the mailbox never kept. Held back, a failed commit becomes the error answer instead.
/// </summary>
internal static class CommitBeforeAnswer
{
    public static async Task RunAsync(HttpContext context, Func<Task> handle, Action commit)
    {
        var answer = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await handle();
            commit();
        }
        finally
        {
            context.Response.Body = answer;
        }

        held.Position = 0;
        await held.CopyToAsync(answer, context.RequestAborted);
    }
}
