using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>DanhSachHoSoBoSung: a supplement request (yêu cầu bổ sung) of the dossier.</summary>
public sealed record PortalSupplement
{
    [JsonPropertyName("HoSoBoSungId")]
    public string Id { get; init; } = "";

    [JsonPropertyName("NguoiYeuCauBoSung")]
    public string RequestedBy { get; init; } = "";

    [JsonPropertyName("NoiDungBoSung")]
    public string Content { get; init; } = "";

    [JsonPropertyName("NgayBoSung")]
    public string RequestedAt { get; init; } = "";

    [JsonPropertyName("NgayTiepNhanBoSung")]
    public string SupplementReceivedAt { get; init; } = "";

    [JsonPropertyName("TrangThaiBoSung")]
    public string Status { get; init; } = "";

    [JsonPropertyName("NgayHenTraTruoc")]
    public string PreviousDueAt { get; init; } = "";

    [JsonPropertyName("NgayHenTraMoi")]
    public string NewDueAt { get; init; } = "";
}
