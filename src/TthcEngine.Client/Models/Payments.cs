namespace TthcEngine.Client.Models;

/// <summary>
/// An online payment of a dossier's fees through the national payment platform. <see cref="State"/> is
/// <c>created</c>, <c>pending</c>, <c>paid</c> or <c>failed</c>; <see cref="PaymentUrl"/> is the platform's page the
/// applicant pays on; <see cref="Failure"/> is the platform's reason when it failed.
/// </summary>
public sealed record PaymentView(
    string Reference,
    long Amount,
    string State,
    string? PaymentUrl,
    string? TransactionId,
    string? Bank,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    DateTimeOffset? PaidAt,
    string? Failure,
    int CallbacksReceived,
    bool HasReceipt);

/// <summary>A payment to create: the amount in dong, or null for the procedure's fee.</summary>
public sealed record PaymentRequest(long? Amount);
