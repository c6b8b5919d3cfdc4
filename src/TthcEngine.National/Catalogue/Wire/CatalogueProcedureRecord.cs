using System.Text.Json.Serialization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>
/// A procedure of the national procedure database as <c>LayThuTuc</c> sends it (shared/national-api.md §2.2): upper-case
/// names, every value a string. <c>LayDanhSachTTHC</c> sends the same records, possibly with fewer lists filled.
/// </summary>
public sealed record CatalogueProcedureRecord
{
    [JsonPropertyName("ID")]
    public string Id { get; init; } = "";

    [JsonPropertyName("MATTHC")]
    public string Code { get; init; } = "";

    [JsonPropertyName("TENTTHC")]
    public string Name { get; init; } = "";

    [JsonPropertyName("LOAITTHC")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Kind { get; init; }

    /// <summary>TRANGTHAI: 1 published (công khai); anything else is treated as not public ([OC]).</summary>
    [JsonPropertyName("TRANGTHAI")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? State { get; init; }

    [JsonPropertyName("IDQUYETDINHCONGBO")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? PublicationDecision { get; init; }

    [JsonPropertyName("MACOQUANCONGBO")]
    public string? PublishingAgency { get; init; }

    [JsonPropertyName("CAPTHUCHIEN")]
    public IReadOnlyList<CatalogueLevelRecord>? Levels { get; init; }

    [JsonPropertyName("LINHVUCTHUCHIEN")]
    public IReadOnlyList<CatalogueFieldRecord>? Fields { get; init; }

    [JsonPropertyName("COQUANTHUCHIEN")]
    public IReadOnlyList<CatalogueAgencyRecord>? Agencies { get; init; }

    [JsonPropertyName("CACHTHUCTHUCHIEN")]
    public IReadOnlyList<CatalogueMethodRecord>? Methods { get; init; }

    [JsonPropertyName("THANHPHANHOSO")]
    public IReadOnlyList<CatalogueCaseRecord>? DocumentCases { get; init; }

    [JsonPropertyName("YEUCAU")]
    public string? Conditions { get; init; }

    [JsonPropertyName("KETQUATHUCHIEN")]
    public IReadOnlyList<CatalogueOutcomeRecord>? Results { get; init; }

    [JsonPropertyName("CANCUPHAPLY")]
    public IReadOnlyList<CatalogueLegalRecord>? LegalBasis { get; init; }
}
