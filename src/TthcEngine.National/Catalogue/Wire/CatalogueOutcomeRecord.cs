using System.Text.Json.Serialization;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>KETQUATHUCHIEN: a result the procedure hands over.</summary>
public sealed record CatalogueOutcomeRecord
{
    [JsonPropertyName("MAKETQUA")]
    public string? Code { get; init; }

    [JsonPropertyName("TENKETQUA")]
    public string? Name { get; init; }
}
