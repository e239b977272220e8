namespace OutreachAssistant.Worker.Doctor;

/// <summary>One line of <c>outreach doctor</c>: what was checked, whether it holds, and how to fix it if not.</summary>
public sealed record DoctorCheck(string Name, bool Ok, string Detail, string? Fix = null)
{
    public override string ToString() =>
        Ok ? $"ok    {Name}: {Detail}" : $"FAIL  {Name}: {Detail}{(Fix is null ? string.Empty : $"\n      fix: {Fix}")}";
}
