using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Storage;

namespace OutreachAssistant.Worker.Tracking;

/// <summary>A thread as <see cref="ThreadPlanning"/> saved it (the copy to plan from next), and the plan it was saved with.</summary>
public sealed record PlannedThread(ThreadRecord Thread, ThreadPlan Plan);
