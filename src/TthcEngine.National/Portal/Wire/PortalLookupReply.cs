using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>
/// The answer of a dossier lookup (TraCuuHoSo): <c>{error_code, message, result: [...]}</c>, an empty or missing
/// <c>result</c> when the portal does not hold the dossier. The reply's shape is not documented anywhere public:
/// ours is an assumption (docs/integration.md).
/// </summary>
public sealed record PortalLookupReply
{
    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ErrorCode { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("result")]
    public IReadOnlyList<PortalDossierState>? Result { get; init; }
}
