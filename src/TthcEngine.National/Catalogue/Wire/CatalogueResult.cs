using System.Text.Json.Serialization;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>The JSON held in a <see cref="CatalogueReply"/>'s message: <c>{result: [...]}</c>.</summary>
public sealed record CatalogueResult
{
    [JsonPropertyName("result")]
    public IReadOnlyList<CatalogueProcedureRecord>? Result { get; init; }
}
