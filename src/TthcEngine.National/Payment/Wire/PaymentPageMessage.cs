using System.Text.Json.Serialization;

namespace TthcEngine.National.Payment.Wire;

/// <summary>What INIT's <c>message</c> holds, as a JSON string, when <c>error_code</c> is 0: the payment page.</summary>
public sealed record PaymentPageMessage
{
    [JsonPropertyName("UrlThanhToan")]
    public string? PaymentUrl { get; init; }
}
