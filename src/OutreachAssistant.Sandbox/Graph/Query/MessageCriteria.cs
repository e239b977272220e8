using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox.Graph.Query;

/// <summary>
/// A parsed <c>$filter</c>: the test each message must pass, and SQL conditions that narrow the rows read before
/// it (a row they leave out never passes the test). When <see cref="IsExact"/>, the SQL conditions alone decide,
/// so SQL can count, skip and limit.
/// </summary>
internal sealed record MessageCriteria(Func<StoredMessage, bool> Matches, SqlNarrowing Narrowing, bool IsExact);
