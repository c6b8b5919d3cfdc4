namespace TthcEngine.National.Payment;

/// <summary>QUERY's answer in our terms; the transaction's id, bank and amount when the platform gives them.</summary>
public sealed record PlatformPaymentStatus(PlatformPaymentState State, string? TransactionId, string? Bank, long? Amount, string? Text);
