using System.Text.Json.Serialization;

namespace TthcEngine.National.Payment.Wire;

/// <summary>QUERY (a payment's status) or GET_BILL (its receipt): the same fields and the same hash (§3).</summary>
public sealed record PaymentLookupRequest
{
    public const string Query = "QUERY";

    public const string GetBill = "GET_BILL";

    [JsonPropertyName("LoaiBanTin")]
    public required string MessageType { get; init; }

    [JsonPropertyName("PhienBan")]
    public string ProtocolVersion { get; init; } = PaymentAuthCode.ProtocolVersion;

    [JsonPropertyName("MaDoiTac")]
    public required string PartnerCode { get; init; }

    [JsonPropertyName("MaThamChieu")]
    public required string Reference { get; init; }

    [JsonPropertyName("ThoiGianGD")]
    public required string At { get; init; }

    [JsonPropertyName("MaXacThuc")]
    public string AuthCode { get; init; } = "";
}
