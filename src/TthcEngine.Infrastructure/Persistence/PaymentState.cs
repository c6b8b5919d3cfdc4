namespace TthcEngine.Infrastructure.Persistence;

/// <summary>Where an online payment (thanh toán trực tuyến) stands.</summary>
public enum PaymentState
{
    /// <summary>Stored before the platform was asked to create it (INIT); it leaves this state when INIT answers.</summary>
    Created,

    /// <summary>The platform created it and gave the payment page; the applicant has not paid yet, or we do not know.</summary>
    Pending,

    /// <summary>Paid: a genuine callback or a status query said so; the fee is recorded on the dossier.</summary>
    Paid,

    /// <summary>The platform refused to create it, could not be reached, or reported the payment failed.</summary>
    Failed,
}
