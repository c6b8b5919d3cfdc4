namespace TthcEngine.FakeNational;

/// <summary>
/// The fake payment platform's settings (section <c>Fake:Payment</c>; the callback target and the number of copies can
/// also be changed at run time, <c>PUT /_fake/payment/settings</c>). The paths are the client's defaults.
/// </summary>
public sealed class PaymentSettings
{
    public string InitPath { get; set; } = "payment/init";

    public string QueryPath { get; set; } = "payment/query";

    public string BillPath { get; set; } = "payment/bill";

    /// <summary>The one partner it knows (MaDoiTac) and the secret it shares with it.</summary>
    public string PartnerCode { get; set; } = "TTHC";

    public string Secret { get; set; } = "fake-payment-secret";

    /// <summary>When set, every call needs <c>Authorization: Bearer</c> with it.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Where a paid transaction's callback is posted (the engine's <c>/api/payments/callback</c>); none when null.</summary>
    public string? CallbackUrl { get; set; }

    /// <summary>How many identical callbacks each payment sends: 2 or more tests duplicate callbacks.</summary>
    public int CallbackCopies { get; set; } = 1;

    /// <summary>Whether the copies are sent at the same moment (racing) rather than one after the other.</summary>
    public bool CallbacksAtOnce { get; set; }
}
