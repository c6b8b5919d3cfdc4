using System.Text.Json.Serialization;

namespace TthcEngine.National.Payment.Wire;

/// <summary>DSKhoanNop: one line of what is paid, as the receipt lists it.</summary>
public sealed record PaymentDueLine
{
    [JsonPropertyName("NoiDung")]
    public required string Content { get; init; }

    [JsonPropertyName("SoTien")]
    public required string Amount { get; init; }
}
