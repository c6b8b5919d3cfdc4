using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>DanhSachLePhi: a fee or charge of the dossier; the meaning of the codes is unknown (shared/national-api.md §6).</summary>
public sealed record PortalFee
{
    [JsonPropertyName("TenPhiLePhi")]
    public string Name { get; init; } = "";

    [JsonPropertyName("MaPhiLePhi")]
    public string Code { get; init; } = "";

    [JsonPropertyName("HinhThucThu")]
    public string CollectionMethod { get; init; } = "";

    /// <summary>Gia: the amount in dong, as a string of digits.</summary>
    [JsonPropertyName("Gia")]
    public string Amount { get; init; } = "";

    [JsonPropertyName("LoaiPhiLePhi")]
    public string Kind { get; init; } = "";
}
