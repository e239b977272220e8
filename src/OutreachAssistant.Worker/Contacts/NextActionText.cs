using System.Text.Json;
using OutreachAssistant.Core.FollowUps;

namespace OutreachAssistant.Worker.Contacts;

/// <summary>The tracker's "next action" column: what the state leaves to do, in words; the plan's reason says why.</summary>
public static class NextActionText
{
    public static string Of(OutreachThreadState state, bool planned) => state switch
    {
        OutreachThreadState.Waiting => planned ? "follow-up draft" : "wait for an answer",
        OutreachThreadState.Due => "follow-up draft",
        OutreachThreadState.Drafted => "send or delete the follow-up draft",
        OutreachThreadState.FollowedUp => "wait for an answer",
        OutreachThreadState.Answered => planned ? "keep-in-touch update" : "none",
        OutreachThreadState.KeepInTouchDue => "keep-in-touch update",
        OutreachThreadState.MovedOn => "none: move on politely",
        OutreachThreadState.Undeliverable => "none: the address bounced",
        OutreachThreadState.MassMail => "none: a mass mail gets no follow-up",
        _ => JsonNamingPolicy.KebabCaseLower.ConvertName(state.ToString()),
    };
}
