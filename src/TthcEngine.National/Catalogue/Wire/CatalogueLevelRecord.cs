using System.Text.Json.Serialization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>CAPTHUCHIEN: 0 ministry, 1 province, 2 district, 3 commune.</summary>
public sealed record CatalogueLevelRecord
{
    [JsonPropertyName("CAPTHUCHIEN")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Level { get; init; }

    [JsonPropertyName("MOTACOQUANTHUCHIEN")]
    public string? Description { get; init; }

    [JsonPropertyName("DIACHITIEPNHAN")]
    public string? ReceivingAddress { get; init; }
}
