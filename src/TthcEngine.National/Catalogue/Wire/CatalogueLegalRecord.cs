using System.Text.Json.Serialization;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>CANCUPHAPLY: a document of the legal basis, its number (SOVANBAN) and title (TENVANBAN).</summary>
public sealed record CatalogueLegalRecord
{
    [JsonPropertyName("SOVANBAN")]
    public string? Number { get; init; }

    [JsonPropertyName("TENVANBAN")]
    public string? Title { get; init; }
}
