using System.Text.Json.Serialization;

namespace TthcEngine.National.Portal.Wire;

/// <summary>The portal's answer: <c>{error_code, message}</c>; <c>error_code</c> arrives as a string or a number.</summary>
public sealed record PortalReply
{
    [JsonPropertyName("error_code")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ErrorCode { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
