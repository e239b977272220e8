namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>A hospital or university the applicant writes to, with its mail domain.</summary>
internal sealed record Institution(string Name, string Domain, string City);
