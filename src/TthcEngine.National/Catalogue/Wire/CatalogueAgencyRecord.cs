using System.Text.Json.Serialization;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>COQUANTHUCHIEN: an agency that carries the procedure out.</summary>
public sealed record CatalogueAgencyRecord
{
    [JsonPropertyName("MADONVI")]
    public string? Code { get; init; }

    [JsonPropertyName("TENDONVI")]
    public string? Name { get; init; }
}
