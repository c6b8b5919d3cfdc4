namespace TthcEngine.Forms;

// The data the one-stop forms of Circular 03/2025/TT-VPCP are produced from. The API builds these from a dossier; the
// renderer knows nothing of the database. Instants are UTC; the forms print them in Vietnam civil time (UTC+07:00).

/// <summary>The seven forms of Appendix I of Circular 03/2025/TT-VPCP.</summary>
public enum FormKind
{
    /// <summary>Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</summary>
    Receipt = 1,

    /// <summary>Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
    SupplementRequest = 2,

    /// <summary>Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ.</summary>
    Refusal = 3,

    /// <summary>Mẫu 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết.</summary>
    Apology = 4,

    /// <summary>Mẫu 05: Thông báo dừng giải quyết hồ sơ.</summary>
    StopNotice = 5,

    /// <summary>Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ.</summary>
    ControlSlip = 6,

    /// <summary>Mẫu 07: Sổ theo dõi hồ sơ.</summary>
    Logbook = 7,
}

/// <summary>The applicant (tổ chức, cá nhân) as printed on a form.</summary>
public sealed record FormApplicant(string Name, string? IdNumber, string? Address, string? Phone, string? Email);

/// <summary>A paper of the dossier (thành phần hồ sơ) or an item asked for in a supplement request.</summary>
/// <param name="Kind">"Bản chính", "Bản sao", "Bản chứng thực", "Bản điện tử" ... as the desk recorded it.</param>
public sealed record FormDocument(string Name, string Kind, int Quantity, bool Reused = false);

/// <summary>One hand-off of the dossier between units (a pair of rows on the control slip, Form 06).</summary>
/// <param name="Timeliness">The receiving side's result: "early", "onTime", "late", or null while it holds the dossier.</param>
public sealed record FormHandoff(
    string FromUnit, string? FromOfficer, string ToUnit, string? ToOfficer, DateTimeOffset At, string? Timeliness, string? Note);

/// <summary>Everything a dossier's forms (01 to 06) print. Fields a form does not use may be null.</summary>
/// <param name="ParentAgency">Cơ quan chủ quản, e.g. "UBND TỈNH LÀO CAI".</param>
/// <param name="IssuingUnit">The unit issuing the form, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH".</param>
/// <param name="Place">Địa danh of the place-and-date line, e.g. "Lào Cai".</param>
/// <param name="LookupUrl">The public lookup address printed as the QR code (holds the code, never the PIN).</param>
/// <param name="StatutoryLimit">The limit as words, e.g. "03 ngày làm việc".</param>
/// <param name="ReturnPlace">Đăng ký nhận kết quả tại: the desk or a postal address.</param>
public sealed record DossierFormData(
    FormKind Kind,
    string ParentAgency,
    string IssuingUnit,
    string Place,
    DateTimeOffset IssuedAt,
    string DossierCode,
    string LookupUrl,
    FormApplicant Applicant,
    string ProcedureCode,
    string ProcedureName,
    IReadOnlyList<FormDocument> Documents,
    int Sets,
    string StatutoryLimit,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    string ReturnPlace,
    decimal? Fee,
    string? ReceivingOfficer,
    int? LogbookVolume,
    int? LogbookNumber)
{
    /// <summary>Form 02: what to add or correct, and why.</summary>
    public IReadOnlyList<FormDocument> SupplementItems { get; init; } = [];

    /// <summary>Forms 02, 03, 04, 05: the reason (lý do) written by the officer.</summary>
    public string? Reason { get; init; }

    /// <summary>Forms 02 and 03: who the applicant may call for help.</summary>
    public string? ContactOfficer { get; init; }

    /// <summary>Forms 02 and 03: that officer's telephone.</summary>
    public string? ContactPhone { get; init; }

    /// <summary>Form 04: the appointment first given (it stays in the statistics).</summary>
    public DateTimeOffset? OriginalDueAt { get; init; }

    /// <summary>Form 04: the one new appointment.</summary>
    public DateTimeOffset? NewDueAt { get; init; }

    /// <summary>Form 04: the unit at fault, which issues the letter.</summary>
    public string? UnitAtFault { get; init; }

    /// <summary>Forms 04 and 05: the signer's title, e.g. "GIÁM ĐỐC" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".</summary>
    public string? SignerTitle { get; init; }

    /// <summary>Forms 04 and 05: the signer's name.</summary>
    public string? SignerName { get; init; }

    /// <summary>Form 05: the stage the dossier had reached when processing stopped.</summary>
    public string? StageReached { get; init; }

    /// <summary>Form 05: what happens to the papers and fees paid (returned, refunded), if anything.</summary>
    public string? FeeHandling { get; init; }

    /// <summary>Form 06: the agency (unit) handling the dossier.</summary>
    public string? ProcessingAgency { get; init; }

    /// <summary>Form 06: the agencies asked to coordinate (liên thông).</summary>
    public IReadOnlyList<string> CoordinatingAgencies { get; init; } = [];

    /// <summary>Form 06: the hand-offs in order, from the one-stop desk and back to it.</summary>
    public IReadOnlyList<FormHandoff> Handoffs { get; init; } = [];
}

/// <summary>One line of the logbook (Form 07).</summary>
public sealed record LogbookEntry(
    int Number,
    string DossierCode,
    string ProcedureName,
    int Sets,
    string ApplicantName,
    string? ApplicantContact,
    string ProcessingAgency,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? TransferredAt,
    DateTimeOffset? ResultReceivedAt,
    DateTimeOffset? ReturnedAt,
    string? Note);

/// <summary>The logbook (Sổ theo dõi hồ sơ, Form 07) of one receiving unit for one year.</summary>
public sealed record LogbookData(string ParentAgency, string IssuingUnit, int Year, int Volume, IReadOnlyList<LogbookEntry> Entries);
