using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>TaiLieuNop: a paper of the dossier, with a URL the portal can download it from.</summary>
public sealed record PortalSubmittedDocument
{
    [JsonPropertyName("TepDinhKemId")]
    public string FileId { get; init; } = "";

    [JsonPropertyName("TenTepDinhKem")]
    public string FileName { get; init; } = "";

    /// <summary>IsDeleted: <c>True</c> or <c>False</c>.</summary>
    [JsonPropertyName("IsDeleted")]
    public string IsDeleted { get; init; } = "False";

    [JsonPropertyName("MaThanhPhanHoSo")]
    public string ComponentCode { get; init; } = "";

    [JsonPropertyName("DuongDanTaiTepTin")]
    public string DownloadUrl { get; init; } = "";

    [JsonPropertyName("DuocSoHoa")]
    public string Digitised { get; init; } = "0";

    [JsonPropertyName("DuocTaiSuDung")]
    public string Reused { get; init; } = "0";

    [JsonPropertyName("DuocLayTuKhoDMQG")]
    public string FromNationalStore { get; init; } = "0";

    [JsonPropertyName("MaKetQuaThayThe")]
    public string ReplacedByResultCode { get; init; } = "";
}
