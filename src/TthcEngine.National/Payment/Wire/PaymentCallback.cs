using System.Text.Json.Serialization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Payment.Wire;

/// <summary>
/// The platform's callback to us when a payment ends (§3; [TD]'s <c>POST /DvcPayment/Confirm</c>). SoTien arrives as a
/// number (strings are read too); it is hashed as its digits. Every field may be missing in a forged call.
/// </summary>
public sealed record PaymentCallback
{
    [JsonPropertyName("LoaiBanTin")]
    public string? MessageType { get; init; }

    /// <summary>MaLoi: <c>00</c> is a successful payment.</summary>
    [JsonPropertyName("MaLoi")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ErrorCode { get; init; }

    [JsonPropertyName("MaDoiTac")]
    public string? PartnerCode { get; init; }

    [JsonPropertyName("MaThamChieu")]
    public string? Reference { get; init; }

    [JsonPropertyName("SoTien")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Amount { get; init; }

    [JsonPropertyName("MaTienTe")]
    public string? Currency { get; init; }

    [JsonPropertyName("MaGiaoDich")]
    public string? TransactionId { get; init; }

    [JsonPropertyName("MaNganHang")]
    public string? Bank { get; init; }

    [JsonPropertyName("ThoiGianGD")]
    public string? At { get; init; }

    [JsonPropertyName("ThongTinGiaoDich")]
    public string? Description { get; init; }

    [JsonPropertyName("MaXacThuc")]
    public string? AuthCode { get; init; }
}
