using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>
/// HoSoDongBoDVC: a dossier as the national public service portal receives it (shared/national-api.md §1.2). Every
/// value is a string on the wire, numbers and flags included; an empty optional field is <c>""</c>; dates are
/// <c>yyyyMMddHHmmss</c> in Vietnam time (<see cref="Portal.PortalDates"/>).
/// </summary>
public record PortalDossier
{
    [JsonPropertyName("MaHoSo")]
    public string Code { get; init; } = "";

    [JsonPropertyName("MaTTHC")]
    public string ProcedureCode { get; init; } = "";

    [JsonPropertyName("TenTTHC")]
    public string ProcedureName { get; init; } = "";

    [JsonPropertyName("MaLinhVuc")]
    public string FieldCode { get; init; } = "";

    [JsonPropertyName("TenLinhVuc")]
    public string FieldName { get; init; } = "";

    /// <summary>KenhThucHien: <c>1</c> in person, <c>2</c> online, <c>3</c> public postal service.</summary>
    [JsonPropertyName("KenhThucHien")]
    public string Channel { get; init; } = "";

    [JsonPropertyName("SoBienNhan")]
    public string ReceiptNumber { get; init; } = "";

    [JsonPropertyName("ChuHoSo")]
    public string OwnerName { get; init; } = "";

    [JsonPropertyName("SoGiayToChuHoSo")]
    public string OwnerIdNumber { get; init; } = "";

    /// <summary>LoaiDoiTuong: <c>1</c> citizen, <c>2</c> enterprise, <c>3</c> state agency, <c>4</c> other organisation.</summary>
    [JsonPropertyName("LoaiDoiTuong")]
    public string OwnerKind { get; init; } = "";

    /// <summary>MaDoiTuong: the owner's portal account (TechID), sent only for online dossiers.</summary>
    [JsonPropertyName("MaDoiTuong")]
    public string OwnerAccount { get; init; } = "";

    [JsonPropertyName("ThongTinKhac")]
    public string OtherInformation { get; init; } = "";

    [JsonPropertyName("Email")]
    public string Email { get; init; } = "";

    [JsonPropertyName("Fax")]
    public string Fax { get; init; } = "";

    [JsonPropertyName("SoDienThoai")]
    public string Phone { get; init; } = "";

    [JsonPropertyName("TrichYeuHoSo")]
    public string Summary { get; init; } = "";

    [JsonPropertyName("NgayNopHoSo")]
    public string SubmittedAt { get; init; } = "";

    [JsonPropertyName("NgayTiepNhan")]
    public string ReceivedAt { get; init; } = "";

    [JsonPropertyName("NgayHenTra")]
    public string DueAt { get; init; } = "";

    [JsonPropertyName("NgayTra")]
    public string ReturnedAt { get; init; } = "";

    [JsonPropertyName("NgayKetThucXuLy")]
    public string ProcessingEndedAt { get; init; } = "";

    [JsonPropertyName("NgayTuChoi")]
    public string RefusedAt { get; init; } = "";

    /// <summary>TrangThaiHoSo, <c>1</c> to <c>10</c>.</summary>
    [JsonPropertyName("TrangThaiHoSo")]
    public string Status { get; init; } = "";

    [JsonPropertyName("ThongTinTra")]
    public string ReturnInformation { get; init; } = "";

    /// <summary>HinhThuc: <c>0</c> result handed over in person, <c>1</c> by post.</summary>
    [JsonPropertyName("HinhThuc")]
    public string ResultDelivery { get; init; } = "";

    /// <summary>DonViXuLy: the processing unit's name.</summary>
    [JsonPropertyName("DonViXuLy")]
    public string ProcessingUnit { get; init; } = "";

    [JsonPropertyName("GhiChu")]
    public string Note { get; init; } = "";

    /// <summary>NoiNopHoSo: meaning unknown (shared/national-api.md §6); configurable, <c>2</c> as [TD] sends.</summary>
    [JsonPropertyName("NoiNopHoSo")]
    public string SubmissionPlace { get; init; } = "";

    [JsonPropertyName("HoSoCoThanhPhanSoHoa")]
    public string HasDigitisedParts { get; init; } = "";

    [JsonPropertyName("TaiKhoanDuocXacThucVoiVNeID")]
    public string VneIdVerified { get; init; } = "";

    /// <summary>DuocThanhToanTrucTuyen: <c>0</c> not paid online, <c>1</c> on the portal, <c>2</c> through a provincial gateway.</summary>
    [JsonPropertyName("DuocThanhToanTrucTuyen")]
    public string PaidOnline { get; init; } = "";

    [JsonPropertyName("DinhDanhCHS")]
    public IReadOnlyList<PortalOwnerIdentity> OwnerIdentities { get; init; } = [];

    [JsonPropertyName("DSKetNoiCSDL")]
    public IReadOnlyList<PortalDatabaseUse> DatabasesUsed { get; init; } = [];

    [JsonPropertyName("TaiLieuNop")]
    public IReadOnlyList<PortalSubmittedDocument> SubmittedDocuments { get; init; } = [];

    [JsonPropertyName("DanhSachLePhi")]
    public IReadOnlyList<PortalFee> Fees { get; init; } = [];

    [JsonPropertyName("DanhSachTepDinhKemKhac")]
    public IReadOnlyList<PortalOtherPaper> OtherPapers { get; init; } = [];

    [JsonPropertyName("DanhSachHoSoBoSung")]
    public IReadOnlyList<PortalSupplement> Supplements { get; init; } = [];

    [JsonPropertyName("DanhSachGiayToKetQua")]
    public IReadOnlyList<PortalResultPaper> ResultPapers { get; init; } = [];
}
