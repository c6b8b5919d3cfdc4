using System.Text.Json.Serialization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>CACHTHUCTHUCHIEN: one channel (KENH 1 in person, 2 online, 3 by post) with its time limits and fees.</summary>
public sealed record CatalogueMethodRecord
{
    [JsonPropertyName("KENH")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Channel { get; init; }

    [JsonPropertyName("THOIGIAN")]
    public IReadOnlyList<CatalogueTimeRecord>? Times { get; init; }

    /// <summary>PHILEPHI at the channel's level, where [TD] reads it (§2.2 puts it under THOIGIAN; both are read).</summary>
    [JsonPropertyName("PHILEPHI")]
    public IReadOnlyList<CatalogueFeeRecord>? Fees { get; init; }
}
