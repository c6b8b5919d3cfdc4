using System.Text.Json.Serialization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>GIAYTO: one paper, with the number of originals (SOBANCHINH) and copies (SOBANSAO) as strings.</summary>
public sealed record CataloguePaperRecord
{
    [JsonPropertyName("MAGIAYTO")]
    public string? Code { get; init; }

    [JsonPropertyName("TENGIAYTO")]
    public string? Name { get; init; }

    [JsonPropertyName("TENMAUDON")]
    public string? FormName { get; init; }

    [JsonPropertyName("URL")]
    public string? Url { get; init; }

    [JsonPropertyName("SOBANCHINH")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Originals { get; init; }

    [JsonPropertyName("SOBANSAO")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Copies { get; init; }
}
