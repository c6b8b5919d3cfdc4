namespace TthcEngine.Infrastructure.Notices;

/// <summary>What a notice tells the applicant (<c>applicant_notices.Kind</c>).</summary>
public static class NoticeKinds
{
    /// <summary>An online application arrived and waits for the desk (status 1).</summary>
    public const string ApplicationSubmitted = "applicationSubmitted";

    /// <summary>The desk did not receive an online application (status 3), with the reason.</summary>
    public const string ApplicationRefused = "applicationRefused";

    /// <summary>The dossier was received (status 2): its code and due date.</summary>
    public const string Received = "received";

    /// <summary>The dossier waits for a supplement (status 5): the reason and the papers asked for.</summary>
    public const string SupplementRequested = "supplementRequested";

    /// <summary>The dossier waits for fees or another financial obligation (status 6).</summary>
    public const string FeeRequested = "feeRequested";

    /// <summary>A late dossier's apology and new appointment (Form 04).</summary>
    public const string Apology = "apology";

    /// <summary>A fee paid online reached the engine (the platform's callback or its answer to a query): the amount and the transaction.</summary>
    public const string PaymentConfirmed = "paymentConfirmed";

    /// <summary>The wait for the applicant is over and the dossier goes on (status 4), with its new due date.</summary>
    public const string Resumed = "resumed";

    /// <summary>The result is ready to be collected (status 9).</summary>
    public const string ResultReady = "resultReady";

    /// <summary>The dossier's processing stopped (status 8), with the reason.</summary>
    public const string Refused = "refused";

    /// <summary>The applicant's withdrawal was recorded (status 7).</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>The desk did not accept the applicant's online request to withdraw, with the reason.</summary>
    public const string WithdrawalDeclined = "withdrawalDeclined";
}
