namespace OutreachAssistant.Core.FollowUps;

/// <summary>Follow-up settings for one outreach kind, bound from <c>FollowUps:Kinds:{kind}</c>.</summary>
public sealed class FollowUpKindOptions
{
    /// <summary>Follow-ups a thread of this kind may get (0–3). <value>Default: none, so <c>FollowUps:MaxFollowUps</c> applies.</value></summary>
    public int? MaxFollowUps { get; set; }
}
