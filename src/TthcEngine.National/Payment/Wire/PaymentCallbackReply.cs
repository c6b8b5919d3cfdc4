using System.Text.Json.Serialization;

namespace TthcEngine.National.Payment.Wire;

/// <summary>Our answer to a callback: MaLoi <c>00</c> when taken (a replay included), another code when refused (see docs/integration.md).</summary>
public sealed record PaymentCallbackReply
{
    [JsonPropertyName("MaLoi")]
    public required string ErrorCode { get; init; }

    [JsonPropertyName("MoTaLoi")]
    public required string ErrorText { get; init; }

    [JsonPropertyName("MaDoiTac")]
    public required string PartnerCode { get; init; }

    [JsonPropertyName("ThoiGianGD")]
    public required string At { get; init; }

    /// <summary>SHA-256 of MaLoi|MoTaLoi|MaDoiTac|ThoiGianGD|secret (our choice, §6.6), or empty when signing is off.</summary>
    [JsonPropertyName("MaXacThuc")]
    public string AuthCode { get; init; } = "";
}
