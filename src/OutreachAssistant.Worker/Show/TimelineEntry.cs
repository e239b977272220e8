namespace OutreachAssistant.Worker.Show;

/// <summary>
/// One event of a thread, as <c>outreach show</c> lists it: <c>sent</c> (the outreach, or the user's later mail to the
/// contact), <c>received</c> (an answer), <c>automatic-reply</c>, <c>bounce</c>, or <c>draft</c> (one the service made).
/// </summary>
/// <param name="At">When, on the mailbox's clock.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Detail">What the event means for the thread, in words, e.g. "the outreach" or "from a colleague in the conversation".</param>
/// <param name="MessageId">The message's id, or for a draft its key.</param>
public sealed record TimelineEntry(DateTimeOffset At, string Kind, string Detail, string MessageId);
