namespace TthcEngine.National.Payment;

/// <summary>What a payment is for, in our terms: the client turns it into an INIT.</summary>
/// <param name="Reference">MaThamChieu.</param>
/// <param name="Amount">In dong.</param>
public sealed record PaymentOrder(
    string Reference,
    long Amount,
    string Description,
    DateTimeOffset At,
    string PayerIp,
    string DossierCode,
    string ProcedureCode,
    string ProcedureName,
    string UnitCode,
    string UnitName,
    string PayerName,
    string PayerIdNumber,
    string PayerAddress);
