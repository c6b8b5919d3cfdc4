using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>DinhDanhCHS: one identity of the dossier's owner.</summary>
public sealed record PortalOwnerIdentity
{
    /// <summary>LoaiDinhDanh: <c>1</c> a 12-digit personal ID, <c>2</c> a 9-digit old ID (CMND).</summary>
    [JsonPropertyName("LoaiDinhDanh")]
    public string Kind { get; init; } = "";

    [JsonPropertyName("SoDinhDanh")]
    public string Number { get; init; } = "";
}
