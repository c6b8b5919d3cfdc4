using System.Text.Json.Serialization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>THOIGIAN: a time limit (a number as a string, and its unit as free text: "Ngày", "Ngày làm việc", "Giờ", "Tháng") and its fees.</summary>
public sealed record CatalogueTimeRecord
{
    [JsonPropertyName("THOIGIANGIAIQUYET")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Amount { get; init; }

    [JsonPropertyName("DONVITINH")]
    public string? Unit { get; init; }

    [JsonPropertyName("MOTA")]
    public string? Description { get; init; }

    [JsonPropertyName("PHILEPHI")]
    public IReadOnlyList<CatalogueFeeRecord>? Fees { get; init; }
}
