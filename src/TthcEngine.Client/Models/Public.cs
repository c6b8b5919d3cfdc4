namespace TthcEngine.Client.Models;

/// <summary>The public lookup: the dossier code and the PIN printed on the receipt.</summary>
public sealed record LookupRequest(string Code, string Pin);

/// <summary>
/// What the public sees of a dossier: no personal data. <paramref name="WithdrawalRequestedAt"/> is the request to
/// withdraw waiting for the desk; <paramref name="WithdrawalDeclinedAt"/> and <paramref name="WithdrawalDeclineReason"/>
/// the desk's answer to the last one, when it declined it and none waits since.
/// </summary>
public sealed record PublicDossier(
    string Code,
    string ProcedureName,
    int NationalStatus,
    string NationalStatusName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AppointmentAt,
    DateTimeOffset? FinishedAt,
    string? Outcome,
    IReadOnlyList<PublicStep> Steps,
    bool CanRate,
    bool HasElectronicResult,
    DateTimeOffset? WithdrawalRequestedAt = null,
    bool CanRequestWithdrawal = false,
    DateTimeOffset? WithdrawalDeclinedAt = null,
    string? WithdrawalDeclineReason = null);

/// <summary>A step of the public timeline, named by its unit, never by the officer.</summary>
public sealed record PublicStep(string Name, string Unit, DateTimeOffset ActivatedAt, DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, string? Timeliness);

/// <summary>
/// Đề nghị rút hồ sơ: the applicant asks, with the dossier's code and PIN, to withdraw it before its result is ready;
/// the desk records the withdrawal (or not) as for a written request.
/// </summary>
public sealed record WithdrawalRequestByApplicant(string Code, string Pin, string Reason);

/// <summary>The applicant's satisfaction after hand-over: 1 (very unsatisfied) to 5 (very satisfied).</summary>
public sealed record RatingRequest(string Code, string Pin, int Score, string? Comment);
