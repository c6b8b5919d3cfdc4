using System.Text.Json.Serialization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>PHILEPHI: a fee or charge. SOTIEN is text: <c>"50.000"</c>, or <c>"Không"</c> when there is none.</summary>
public sealed record CatalogueFeeRecord
{
    /// <summary>MAPHILEPHI: perhaps 1 phí, 2 lệ phí (unclear in [TD]).</summary>
    [JsonPropertyName("MAPHILEPHI")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Code { get; init; }

    [JsonPropertyName("SOTIEN")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Amount { get; init; }

    [JsonPropertyName("DONVI")]
    public string? Unit { get; init; }

    [JsonPropertyName("MOTA")]
    public string? Description { get; init; }

    [JsonPropertyName("URL")]
    public string? Url { get; init; }
}
