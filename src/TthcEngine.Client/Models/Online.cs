namespace TthcEngine.Client.Models;

/// <summary>An earlier dossier of the same applicant, proved theirs by its code and PIN (printed on its receipt).</summary>
public sealed record ReuseSource(string Code, string Pin);

/// <summary>
/// One paper of an online application against a required document: an upload (<c>POST /api/public/uploads</c>) or the
/// paper of the same document accepted on an earlier dossier of the applicant (<paramref name="ReuseFrom"/>).
/// </summary>
public sealed record OnlinePaperInput(string DocumentId, Guid? UploadId = null, ReuseSource? ReuseFrom = null);

/// <summary>Nộp hồ sơ trực tuyến: an application to the desk of <paramref name="Agency"/> (agency catalogue id).</summary>
public sealed record OnlineApplicationRequest(string ProcedureCode, string Agency, ApplicantInput Applicant, IReadOnlyList<OnlinePaperInput> Documents);

/// <summary>The application stored: its reference and the PIN to follow it, shown once.</summary>
public sealed record OnlineApplicationCreated(string Reference, string Pin, DateTimeOffset SubmittedAt, int NationalStatus);

/// <summary>The applicant's lookup of an online application.</summary>
public sealed record ApplicationLookupRequest(string Reference, string Pin);

/// <summary>
/// Where an online application stands: <c>submitted</c> (1 Mới đăng ký), <c>accepted</c> (2 Được tiếp nhận: the dossier's
/// code and PIN, to follow it with <c>POST /api/public/lookup</c>) or <c>refused</c> (3 Không được tiếp nhận, with the reason
/// and <paramref name="RefusedCode"/>, the dossier code the refusal was given, by which the national portal knows it).
/// </summary>
public sealed record OnlineApplicationStatus(
    string Reference,
    string State,
    int NationalStatus,
    string NationalStatusName,
    string ProcedureCode,
    string ProcedureName,
    string Agency,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt,
    string? DossierCode,
    string? DossierPin,
    string? RefusalReason,
    string? RefusedCode = null);

/// <summary>A paper of a pending online application, as the desk sees it.</summary>
public sealed record PendingPaper(string DocumentId, string DocumentName, string FileName, Guid? UploadId, Guid? ReusedFrom, string? ReusedFromDossier);

/// <summary>An online application waiting for the desk of its agency.</summary>
public sealed record PendingApplication(
    Guid Id,
    string Reference,
    string ProcedureCode,
    string ProcedureName,
    string Agency,
    ApplicantInput Applicant,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<PendingPaper> Papers);

/// <summary>
/// An online application the desk's agency refused at receipt: the dossier code the refusal took, the reason and who
/// refused it; its refusal slip (Form 03) is <c>GET /api/desk/applications/{id}/forms/refusal</c>.
/// </summary>
public sealed record RefusedApplication(
    Guid Id,
    string Reference,
    string RefusedCode,
    string ProcedureCode,
    string ProcedureName,
    string ApplicantName,
    DateTimeOffset SubmittedAt,
    DateTimeOffset RefusedAt,
    string Reason,
    string? RefusedBy)
{
    /// <summary>What the applicant was told of the refusal (an SMS and an email, as they gave), and whether it was sent.</summary>
    public IReadOnlyList<ApplicantNoticeView> Notices { get; init; } = [];
}
