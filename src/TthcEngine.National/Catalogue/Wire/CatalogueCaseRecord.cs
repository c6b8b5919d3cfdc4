using System.Text.Json.Serialization;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>THANHPHANHOSO: the papers of one case (trường hợp) of the procedure.</summary>
public sealed record CatalogueCaseRecord
{
    [JsonPropertyName("TRUONGHOP")]
    public string? Case { get; init; }

    [JsonPropertyName("GIAYTO")]
    public IReadOnlyList<CataloguePaperRecord>? Papers { get; init; }
}
