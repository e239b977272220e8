namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>What a cold email asks for; it picks the subject, the motivation and the question.</summary>
internal enum OutreachPurpose
{
    Observership,
    Research,
    ProgramInterest,
    Elective,
    Advice,
}
