using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>DanhSachGiayToKetQua: a result paper, with a URL the portal can download it from.</summary>
public sealed record PortalResultPaper
{
    [JsonPropertyName("TenGiayTo")]
    public string Name { get; init; } = "";

    [JsonPropertyName("MaThanhPhanHoSo")]
    public string ComponentCode { get; init; } = "";

    [JsonPropertyName("GiayToId")]
    public string PaperId { get; init; } = "";

    [JsonPropertyName("DuongDanTepTinKetQua")]
    public string DownloadUrl { get; init; } = "";

    /// <summary>MaGiayToKetQua: the catalogue's MAKETQUA.</summary>
    [JsonPropertyName("MaGiayToKetQua")]
    public string ResultCode { get; init; } = "";
}
