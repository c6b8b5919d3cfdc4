using System.Text.Json.Serialization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Payment.Wire;

/// <summary>QUERY's answer: the request's fields and the transaction's state (TrangThaiGD 1 paid, 3 pending or unknown, 4 failed).</summary>
public sealed record PaymentLookupReply
{
    [JsonPropertyName("MaThamChieu")]
    public string? Reference { get; init; }

    [JsonPropertyName("MaLoi")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ErrorCode { get; init; }

    [JsonPropertyName("MoTaLoi")]
    public string? ErrorText { get; init; }

    [JsonPropertyName("TrangThaiGD")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TransactionState { get; init; }

    [JsonPropertyName("MaGiaoDich")]
    public string? TransactionId { get; init; }

    [JsonPropertyName("MaNganHang")]
    public string? Bank { get; init; }

    [JsonPropertyName("SoTien")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Amount { get; init; }

    [JsonPropertyName("MaTienTe")]
    public string? Currency { get; init; }
}
