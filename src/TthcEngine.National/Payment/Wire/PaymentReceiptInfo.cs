using System.Text.Json.Serialization;

namespace TthcEngine.National.Payment.Wire;

/// <summary>ThongTinBienLai: what the platform prints on the receipt. The fields of fines are sent empty.</summary>
public sealed record PaymentReceiptInfo
{
    /// <summary>MaDichVu: [TD] sends <c>2</c> for a public service fee.</summary>
    [JsonPropertyName("MaDichVu")]
    public string ServiceKind { get; init; } = "2";

    /// <summary>MaDVC: the procedure code + <c>.01</c>.</summary>
    [JsonPropertyName("MaDVC")]
    public required string ServiceCode { get; init; }

    [JsonPropertyName("TenDVC")]
    public required string ServiceName { get; init; }

    [JsonPropertyName("MaTTHC")]
    public required string ProcedureCode { get; init; }

    [JsonPropertyName("TenTTHC")]
    public required string ProcedureName { get; init; }

    /// <summary>MaDonVi: the receiving unit's mã định danh.</summary>
    [JsonPropertyName("MaDonVi")]
    public required string UnitCode { get; init; }

    [JsonPropertyName("TenDonVi")]
    public required string UnitName { get; init; }

    [JsonPropertyName("MaHoSo")]
    public required string DossierCode { get; init; }

    [JsonPropertyName("TKThuHuong")]
    public string BeneficiaryAccount { get; init; } = "";

    [JsonPropertyName("MaNHThuHuong")]
    public string BeneficiaryBank { get; init; } = "";

    [JsonPropertyName("TenTKThuHuong")]
    public string BeneficiaryName { get; init; } = "";

    [JsonPropertyName("NoiDungThanhToan")]
    public required string PaymentContent { get; init; }

    [JsonPropertyName("HoTenNguoiNop")]
    public string PayerName { get; init; } = "";

    [JsonPropertyName("SoCMNDNguoiNop")]
    public string PayerIdNumber { get; init; } = "";

    [JsonPropertyName("DiaChiNguoiNop")]
    public string PayerAddress { get; init; } = "";

    [JsonPropertyName("HuyenNguoiNop")]
    public string PayerDistrict { get; init; } = "";

    [JsonPropertyName("TinhNguoiNop")]
    public string PayerProvince { get; init; } = "";

    [JsonPropertyName("PhiLePhi")]
    public IReadOnlyList<PaymentFeeLine> Fees { get; init; } = [];

    [JsonPropertyName("DSKhoanNop")]
    public IReadOnlyList<PaymentDueLine> Dues { get; init; } = [];

    [JsonPropertyName("MaLoaiHinhThuPhat")]
    public string FineKind { get; init; } = "";

    [JsonPropertyName("SoQD")]
    public string FineDecision { get; init; } = "";

    [JsonPropertyName("KhoBac")]
    public string Treasury { get; init; } = "";

    [JsonPropertyName("TaiKhoanThuNSNN")]
    public string BudgetAccount { get; init; } = "";
}
