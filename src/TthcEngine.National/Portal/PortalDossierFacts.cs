namespace TthcEngine.National.Portal;

/// <summary>
/// What the engine knows of a dossier from its receipt on, which no later event changes, and the supplement requests
/// recorded so far (each written once with its pause; the record keeps those its events have reached).
/// </summary>
/// <param name="Channel">How it arrived: <c>inPerson</c>, <c>online</c> or <c>postal</c>.</param>
/// <param name="ReceivingDesk">The name of the desk that received it.</param>
/// <param name="ProcessingUnit">The name of the agency competent for it (DonViXuLy).</param>
/// <param name="Units">The procedure's units, id to name.</param>
/// <param name="Steps">The procedure's steps, id to name.</param>
/// <param name="FeeAmount">The procedure's fee in dong; 0 when free.</param>
/// <param name="Papers">The dossier's papers (TaiLieuNop); none when null.</param>
/// <param name="IdentityVerified">The applicant's identity was verified in the population database at receipt.</param>
/// <param name="Supplements">The supplement requests the desk recorded, oldest first; none when null.</param>
/// <param name="Result">The electronic result handed over, if any.</param>
/// <param name="SubmittedAt">
/// When the applicant submitted it (NgayNopHoSo): an online application's submission; null when it is the receipt.
/// </param>
/// <param name="RefusalReason">Why an online application was refused at receipt (status 3), sent as its GhiChu.</param>
public sealed record PortalDossierFacts(
    string Code,
    string ProcedureCode,
    string ProcedureName,
    string FieldName,
    string Channel,
    string ApplicantName,
    string? ApplicantIdNumber,
    string? ApplicantPhone,
    string? ApplicantEmail,
    DateTimeOffset ReceivedAt,
    string ReceivingDesk,
    string ProcessingUnit,
    IReadOnlyDictionary<string, string> Units,
    IReadOnlyDictionary<string, string> Steps,
    long FeeAmount,
    IReadOnlyList<PortalPaper>? Papers = null,
    bool IdentityVerified = false,
    IReadOnlyList<PortalSupplementRequest>? Supplements = null,
    PortalResultFile? Result = null,
    DateTimeOffset? SubmittedAt = null,
    string? RefusalReason = null);
