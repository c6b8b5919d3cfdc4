namespace TthcEngine.Forms.Tests;

/// <summary>A birth registration received at the one-stop desk of UBND xã Cốc San (Lào Cai) on Monday 2 March 2026,
/// 09:05 Vietnam time (02:05 UTC), and the forms it can print.</summary>
internal static class FormSamples
{
    public const string Code = "000.39.12.H34-260302-0007";
    public const string LookupUrl = "https://dichvucong.laocai.gov.vn/tra-cuu-ho-so?ma=000.39.12.H34-260302-0007";

    /// <summary>2026-03-02 02:05 UTC: 09 giờ 05 phút, ngày 02 tháng 03 năm 2026 in Vietnam.</summary>
    public static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 2, 5, 0, TimeSpan.Zero);

    /// <summary>2026-03-02 09:30 UTC: 16 giờ 30 phút the same day.</summary>
    public static readonly DateTimeOffset DueAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly FormApplicant Applicant = new(
        "Nguyễn Thị Hoa", "010190012345", "Thôn Tân Thành, xã Cốc San, tỉnh Lào Cai", "0912 345 678", "hoa.nguyen@example.vn");

    public static DossierFormData Dossier(FormKind kind) => new(
        kind,
        ParentAgency: "UBND TỈNH LÀO CAI",
        IssuingUnit: "UBND XÃ CỐC SAN",
        Place: "Cốc San",
        IssuedAt: ReceivedAt,
        DossierCode: Code,
        LookupUrl: LookupUrl,
        Applicant: Applicant,
        ProcedureCode: "1.001193",
        ProcedureName: "Đăng ký khai sinh",
        Documents:
        [
            new("Tờ khai đăng ký khai sinh", "Bản chính", 1),
            new("Giấy chứng sinh", "Bản chính", 1),
            new("Giấy xác nhận kết hôn của cha, mẹ", "Bản sao", 1, Reused: true),
        ],
        Sets: 1,
        StatutoryLimit: "Trong ngày làm việc (nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)",
        ReceivedAt: ReceivedAt,
        DueAt: DueAt,
        ReturnPlace: "Bộ phận Một cửa UBND xã Cốc San",
        Fee: 0m,
        ReceivingOfficer: "Lò Thị Mai",
        LogbookVolume: 1,
        LogbookNumber: 152);

    public static DossierFormData SupplementRequest() => Dossier(FormKind.SupplementRequest) with
    {
        SupplementItems =
        [
            new("Giấy chứng sinh (bản chính)", "Bản chính", 1),
            new("Văn bản ủy quyền có chứng thực", "Bản chứng thực", 2),
        ],
        Reason = "Hồ sơ thiếu Giấy chứng sinh; người đi đăng ký không phải cha, mẹ của trẻ.",
        ContactOfficer = "Lò Thị Mai",
        ContactPhone = "0214 3880 123",
    };

    public static DossierFormData Refusal() => Dossier(FormKind.Refusal) with
    {
        Reason = "Trẻ đã được đăng ký khai sinh tại UBND xã Bảo Nhai ngày 15/02/2026.",
        ContactOfficer = "Lò Thị Mai",
        ContactPhone = "0214 3880 123",
    };

    public static DossierFormData Apology() => Dossier(FormKind.Apology) with
    {
        IssuedAt = new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero),
        OriginalDueAt = DueAt,
        NewDueAt = new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero),
        UnitAtFault = "Công chức Tư pháp - Hộ tịch xã Cốc San",
        Reason = "Cần xác minh thông tin về nơi sinh của trẻ với Trạm Y tế.",
        SignerTitle = "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
        SignerName = "Hoàng Văn Sơn",
    };

    public static DossierFormData StopNotice() => Dossier(FormKind.StopNotice) with
    {
        IssuedAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero),
        Reason = "Đơn xin rút hồ sơ của bà Nguyễn Thị Hoa ngày 02/3/2026.",
        StageReached = "Thẩm định hồ sơ",
        FeeHandling = "Trả lại toàn bộ hồ sơ giấy; không phát sinh phí, lệ phí.",
        SignerTitle = "CHỦ TỊCH",
        SignerName = "Vàng Seo Páo",
    };

    public static DossierFormData ControlSlip() => Dossier(FormKind.ControlSlip) with
    {
        ProcessingAgency = "Công chức Tư pháp - Hộ tịch xã Cốc San",
        CoordinatingAgencies = ["Công an xã Cốc San", "Bảo hiểm xã hội khu vực Lào Cai"],
        Handoffs =
        [
            new("Bộ phận Một cửa", "Lò Thị Mai", "Công chức Tư pháp - Hộ tịch", "Trần Văn Bình",
                new DateTimeOffset(2026, 3, 2, 2, 20, 0, TimeSpan.Zero), "early", null),
            new("Công chức Tư pháp - Hộ tịch", "Trần Văn Bình", "Lãnh đạo UBND xã", "Hoàng Văn Sơn",
                new DateTimeOffset(2026, 3, 2, 6, 45, 0, TimeSpan.Zero), "onTime", "Trình ký"),
            new("Lãnh đạo UBND xã", "Hoàng Văn Sơn", "Bộ phận Một cửa", "Lò Thị Mai",
                new DateTimeOffset(2026, 3, 2, 9, 40, 0, TimeSpan.Zero), "late", null),
        ],
    };

    public static DossierFormData ForKind(FormKind kind) => kind switch
    {
        FormKind.SupplementRequest => SupplementRequest(),
        FormKind.Refusal => Refusal(),
        FormKind.Apology => Apology(),
        FormKind.StopNotice => StopNotice(),
        FormKind.ControlSlip => ControlSlip(),
        _ => Dossier(kind),
    };

    public static LogbookEntry Entry(int number, string code, int day) => new(
        number,
        code,
        "Đăng ký khai sinh",
        1,
        $"Người nộp số {number}",
        "Thôn Tân Thành, xã Cốc San; 0912 345 678",
        "Công chức Tư pháp - Hộ tịch",
        new DateTimeOffset(2026, 3, day, 2, 5, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 3, day, 9, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 3, day, 2, 20, 0, TimeSpan.Zero),
        null,
        null,
        null);

    public static LogbookData Logbook(params LogbookEntry[] entries) =>
        new("UBND TỈNH LÀO CAI", "UBND XÃ CỐC SAN", 2026, 1, entries);
}
