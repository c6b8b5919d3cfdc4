using System.Text.Json.Serialization;

namespace TthcEngine.National.Payment.Wire;

/// <summary>
/// INIT: asks the platform to create a payment (shared/national-api.md §3). Every value is a string; the fixed values
/// are the protocol's. <see cref="AuthCode"/> is computed by <see cref="PaymentAuthCode.ForInit"/>.
/// </summary>
public sealed record PaymentInitRequest
{
    [JsonPropertyName("LoaiBanTin")]
    public string MessageType { get; init; } = "INIT";

    [JsonPropertyName("PhienBan")]
    public string ProtocolVersion { get; init; } = PaymentAuthCode.ProtocolVersion;

    [JsonPropertyName("MaDoiTac")]
    public required string PartnerCode { get; init; }

    /// <summary>MaThamChieu: our unique reference.</summary>
    [JsonPropertyName("MaThamChieu")]
    public required string Reference { get; init; }

    /// <summary>SoTien: the amount in dong, as a string of digits.</summary>
    [JsonPropertyName("SoTien")]
    public required string Amount { get; init; }

    [JsonPropertyName("LoaiHinhThanhToan")]
    public string PaymentKind { get; init; } = "PAY";

    [JsonPropertyName("MaKenhThanhToan")]
    public string Channel { get; init; } = "1";

    [JsonPropertyName("MaThietBi")]
    public string Device { get; init; } = "1";

    [JsonPropertyName("NgonNgu")]
    public string Language { get; init; } = "vi-VN";

    [JsonPropertyName("MaTienTe")]
    public string Currency { get; init; } = "VND";

    [JsonPropertyName("MaNganHang")]
    public string Bank { get; init; } = "PAYMENT";

    /// <summary>ThongTinGiaoDich: what the payer sees.</summary>
    [JsonPropertyName("ThongTinGiaoDich")]
    public required string Description { get; init; }

    /// <summary>ThoiGianGD: <c>yyyyMMddHHmmss</c>, Vietnam time.</summary>
    [JsonPropertyName("ThoiGianGD")]
    public required string At { get; init; }

    /// <summary>The payer's IP address.</summary>
    [JsonPropertyName("Ip")]
    public required string Ip { get; init; }

    [JsonPropertyName("MaXacThuc")]
    public string AuthCode { get; init; } = "";

    [JsonPropertyName("ThongTinBienLai")]
    public required PaymentReceiptInfo ReceiptInfo { get; init; }
}
