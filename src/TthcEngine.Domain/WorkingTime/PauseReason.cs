namespace TthcEngine.Domain.WorkingTime;

/// <summary>Why the clock of a dossier is stopped (convention 5).</summary>
public enum PauseReason
{
    /// <summary>Waiting for the applicant to supplement the dossier (chờ bổ sung, hoàn thiện hồ sơ).</summary>
    AwaitingSupplement,

    /// <summary>Waiting for the applicant to pay taxes or fees (chờ thực hiện nghĩa vụ tài chính).</summary>
    AwaitingFinancialObligation,
}
