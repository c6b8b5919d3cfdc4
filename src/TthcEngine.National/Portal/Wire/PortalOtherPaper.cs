using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>DanhSachTepDinhKemKhac: another paper handed in.</summary>
public sealed record PortalOtherPaper
{
    [JsonPropertyName("TenGiayTo")]
    public string Name { get; init; } = "";

    [JsonPropertyName("SoLuong")]
    public string Quantity { get; init; } = "";

    [JsonPropertyName("LoaiGiayTo")]
    public string Kind { get; init; } = "";
}
