namespace TthcEngine.Domain.Dossiers;

/// <summary>
/// Trạng thái hồ sơ (TrangThaiHoSo): the 10 statuses a dossier shows on the national public service portal, the
/// engine's external status contract (convention 9; shared/domain.md Part B §3). The values are the portal's codes.
/// </summary>
public enum NationalStatus
{
    /// <summary>1 Mới đăng ký: submitted (online), not yet accepted.</summary>
    NewlyRegistered = 1,

    /// <summary>2 Được tiếp nhận: accepted as complete and valid by the one-stop desk.</summary>
    Received = 2,

    /// <summary>3 Không được tiếp nhận: refused at receipt (Form 03), before any workflow starts.</summary>
    RefusedAtReceipt = 3,

    /// <summary>4 Đang xử lý: under processing (appraisal, consultation, approval).</summary>
    Processing = 4,

    /// <summary>5 Yêu cầu bổ sung giấy tờ: waiting for the applicant's supplement (Form 02).</summary>
    SupplementRequested = 5,

    /// <summary>6 Yêu cầu thực hiện nghĩa vụ tài chính: waiting for the applicant to pay taxes or fees.</summary>
    FinancialObligationRequested = 6,

    /// <summary>7 Công dân yêu cầu rút hồ sơ: the applicant asked to withdraw the dossier.</summary>
    WithdrawalRequested = 7,

    /// <summary>8 Dừng xử lý: processing stopped without a granted result (refused after acceptance, Form 03/Form 05).</summary>
    Stopped = 8,

    /// <summary>9 Đã xử lý xong: the result is ready, not yet handed to the applicant.</summary>
    ResultReady = 9,

    /// <summary>10 Đã trả kết quả: the result was handed to the applicant.</summary>
    ResultReturned = 10,
}
