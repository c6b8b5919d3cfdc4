using System.Text.Json.Serialization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Catalogue.Wire;

/// <summary>
/// The answer of every catalogue call in [TD]'s shape (shared/national-api.md §2.1): <c>{message: "&lt;JSON text&gt;"}</c>,
/// the text holding <c>{result: [...]}</c>. An <c>error_code</c>, when a gateway adds one, other than 0 is a refusal.
/// </summary>
public sealed record CatalogueReply
{
    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ErrorCode { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
