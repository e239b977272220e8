namespace OutreachAssistant.Core.FollowUps;

public enum ThreadMessageDirection
{
    /// <summary>The user wrote it.</summary>
    Outbound,

    /// <summary>Someone else wrote it.</summary>
    Inbound,
}
