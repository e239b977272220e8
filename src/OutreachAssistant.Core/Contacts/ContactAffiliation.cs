namespace OutreachAssistant.Core.Contacts;

/// <summary>What a contact does and where: "Program Director, Pediatrics Residency" at "Riverside Children's Hospital".</summary>
/// <param name="Role">Their title as their signature gives it; null when it gives none.</param>
/// <param name="Institution">Where they work, from their signature, else from their address's domain; null for a public mail provider.</param>
/// <param name="InstitutionFromDomain">True when <paramref name="Institution"/> is only the domain of their address.</param>
public sealed record ContactAffiliation(string? Role, string? Institution, bool InstitutionFromDomain = false);
