namespace TthcEngine.Domain.Workflows.Runtime;

/// <summary>Kết quả giải quyết: how a dossier ends.</summary>
public enum Outcome
{
    /// <summary>The result is granted (cấp, chấp thuận).</summary>
    Granted,

    /// <summary>Refused with a reason (từ chối giải quyết, Form 03).</summary>
    Refused,

    /// <summary>
    /// Withdrawn at the applicant's request (rút hồ sơ), recorded by the desk with the request's reason, before the
    /// result is ready. Decision 766 ends the processing there, and judges it then, as a refusal.
    /// </summary>
    Withdrawn,
}
