namespace OutreachAssistant.Sandbox.Faults;

/// <summary>What a fired rule does to the request.</summary>
internal enum FaultKind
{
    /// <summary>Answer with a status, a Graph error body and optionally Retry-After.</summary>
    Error,

    /// <summary>Wait, then answer normally.</summary>
    Slow,

    /// <summary>Never answer; wait until the client gives up.</summary>
    Timeout,

    /// <summary>Answer 200 with a truncated JSON body.</summary>
    MalformedJson,

    /// <summary>Run the request, then fail its commit: the write is rolled back and the answer is a 500.</summary>
    CommitFailure,
}
