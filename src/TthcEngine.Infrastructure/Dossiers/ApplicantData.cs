namespace TthcEngine.Infrastructure.Dossiers;

/// <summary>The applicant as written on the receipt.</summary>
public sealed record ApplicantData(string Name, string? IdNumber = null, string? Phone = null, string? Email = null, string? Address = null);
