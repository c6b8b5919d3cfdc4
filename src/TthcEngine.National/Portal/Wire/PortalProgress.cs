using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>
/// A processing-history record (quá trình xử lý, shared/national-api.md §1.4); at most 10 are sent per call.
/// </summary>
public sealed record PortalProgress
{
    [JsonPropertyName("MaHoSo")]
    public string Code { get; init; } = "";

    /// <summary>NguoiXuLy: who acted, at most 50 characters.</summary>
    [JsonPropertyName("NguoiXuLy")]
    public string Officer { get; init; } = "";

    [JsonPropertyName("ChucDanh")]
    public string Title { get; init; } = "";

    [JsonPropertyName("ThoiDiemXuLy")]
    public string ActedAt { get; init; } = "";

    [JsonPropertyName("PhongBanXuLy")]
    public string Department { get; init; } = "";

    [JsonPropertyName("NoiDungXuLy")]
    public string Content { get; init; } = "";

    /// <summary>TrangThai: the dossier's status (1-10) after this step.</summary>
    [JsonPropertyName("TrangThai")]
    public string Status { get; init; } = "";

    [JsonPropertyName("NgayBatDau")]
    public string StartedAt { get; init; } = "";

    [JsonPropertyName("NgayKetThucTheoQuyDinh")]
    public string DueAt { get; init; } = "";
}
