namespace TthcEngine.National.Payment;

/// <summary>A transaction's state as QUERY reports it (TrangThaiGD).</summary>
public enum PlatformPaymentState
{
    /// <summary>3: not paid yet, or the platform does not know.</summary>
    Pending,

    /// <summary>1.</summary>
    Paid,

    /// <summary>4.</summary>
    Failed,
}
