namespace TthcEngine.Client.Models;

/// <summary>
/// Tra cứu CSDL quốc gia về dân cư at the desk: the applicant's 12-digit ID number, in the body (never in a URL, which
/// ends up in logs), and the procedure they came for (the lookup's purpose, recorded for audit). The name and date of
/// birth are passed on to the database when given.
/// </summary>
public sealed record CitizenLookupRequest(string IdNumber, string ProcedureCode, string? FullName = null, DateOnly? BirthDate = null);

/// <summary>
/// The lookup's answer: its id (name it as <c>populationLookupId</c> when receiving the dossier, to record the identity
/// as verified), the citizen to fill the form with (null when the database holds nobody with that number), and the
/// papers the applicant had accepted before that the procedure lets them reuse.
/// </summary>
public sealed record CitizenLookupResponse(Guid LookupId, bool Found, CitizenView? Citizen, IReadOnlyList<ReusablePaperView> ReusablePapers);

/// <summary>A citizen as the population database knows them.</summary>
/// <param name="Sex"><c>male</c>, <c>female</c> or null.</param>
/// <param name="BirthDate">Null when the database holds only the year (<paramref name="BirthYear"/>).</param>
public sealed record CitizenView(
    string IdNumber,
    string? OldIdNumber,
    string FullName,
    string? Sex,
    DateOnly? BirthDate,
    int? BirthYear,
    string? PermanentAddress,
    string? CurrentAddress,
    string? Nationality,
    string? HouseholdHead);

/// <summary>A paper accepted on an earlier dossier of the applicant that may be named as <c>reusedFrom</c>.</summary>
public sealed record ReusablePaperView(Guid Id, string DocumentId, string FileName, string DossierCode, DateTimeOffset AttachedAt);

/// <summary>
/// One population lookup, for supervisors: who, for which agency and procedure, when, whom (masked), the result
/// (<c>found</c>, <c>notFound</c>, <c>refused</c>, <c>failed</c>, <c>pending</c>), and the dossier received with it.
/// </summary>
public sealed record PopulationLookupView(
    Guid Id, DateTimeOffset At, string Officer, string Agency, string? ProcedureCode, string IdNumberMasked, string Result, Guid? DossierId);
