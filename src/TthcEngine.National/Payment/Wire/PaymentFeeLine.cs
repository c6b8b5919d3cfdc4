using System.Text.Json.Serialization;

namespace TthcEngine.National.Payment.Wire;

/// <summary>PhiLePhi: one fee or charge paid; the codes' meaning is unknown (shared/national-api.md §6.4).</summary>
public sealed record PaymentFeeLine
{
    [JsonPropertyName("LoaiPhiLePhi")]
    public required string Kind { get; init; }

    [JsonPropertyName("MaPhiLePhi")]
    public required string Code { get; init; }

    [JsonPropertyName("TenPhiLePhi")]
    public required string Name { get; init; }

    /// <summary>SoTien in dong, as a string of digits.</summary>
    [JsonPropertyName("SoTien")]
    public required string Amount { get; init; }
}
