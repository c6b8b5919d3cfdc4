namespace TthcEngine.National.Payment;

/// <summary>
/// The payment platform gave no usable answer (unreachable, timed out, 5xx, circuit open) or refused the message
/// (<see cref="ErrorCode"/> set). The message names the failure only, never a payload, a secret or a token.
/// </summary>
public sealed class PaymentUnavailableException(string message, string? errorCode = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The platform's <c>error_code</c> or <c>MaLoi</c> when it answered and refused; null when it did not answer.</summary>
    public string? ErrorCode { get; } = errorCode;
}
