using System.Text.Json.Serialization;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>LINHVUCTHUCHIEN: a field (lĩnh vực) of the procedure.</summary>
public sealed record CatalogueFieldRecord
{
    [JsonPropertyName("MALINHVUC")]
    public string? Code { get; init; }

    [JsonPropertyName("TENLINHVUC")]
    public string? Name { get; init; }
}
