using System.Text.Json.Serialization;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.National.Population.Wire;

/// <summary>The gateway's answer, <c>{error_code, message}</c>; on success <c>message</c> holds the SOAP XML of the citizens found.</summary>
public sealed record PopulationReply
{
    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ErrorCode { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
