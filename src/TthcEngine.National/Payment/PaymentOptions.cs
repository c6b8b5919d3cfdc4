using TthcEngine.National.Resilience;

namespace TthcEngine.National.Payment;

/// <summary>
/// The national payment platform's connection, section <c>National:Payment</c> (<c>National__Payment__Secret</c>, …).
/// Its paths are not published (shared/national-api.md §6): each is a setting. A class, not a record: a record's
/// generated <c>ToString</c> would print the secret and the token.
/// </summary>
public sealed class PaymentOptions
{
    public const string Section = "National:Payment";

    public Uri? BaseUrl { get; set; }

    public string InitPath { get; set; } = "payment/init";

    public string QueryPath { get; set; } = "payment/query";

    public string BillPath { get; set; } = "payment/bill";

    /// <summary>MaDoiTac: our partner code at the platform.</summary>
    public string PartnerCode { get; set; } = "";

    /// <summary>The partner secret that signs every message (MaXacThuc): from configuration or the environment, never logged.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Sent as <c>Authorization: Bearer</c> when set; never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>TKThuHuong: the account that receives the fees.</summary>
    public string BeneficiaryAccount { get; set; } = "";

    /// <summary>MaNHThuHuong: its bank.</summary>
    public string BeneficiaryBank { get; set; } = "";

    /// <summary>TenTKThuHuong: its holder.</summary>
    public string BeneficiaryName { get; set; } = "";

    /// <summary>LoaiPhiLePhi of the fee line sent, whose meaning is unknown (§6.4).</summary>
    public string FeeKind { get; set; } = "2";

    /// <summary>Whether our callback replies carry a MaXacThuc (unknown whether the platform checks one, §6.6).</summary>
    public bool SignCallbackReplies { get; set; } = true;

    /// <summary>A payment still pending this long after it was created is asked about (QUERY): its callback may be lost.</summary>
    public TimeSpan QueryAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>… and asked again at most this often.</summary>
    public TimeSpan QueryInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>… until it is this old ([TD] polls from 30 minutes to 3 days).</summary>
    public TimeSpan QueryUntil { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long the reconciler rests between rounds.</summary>
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromMinutes(5);

    public PartnerResilienceOptions Resilience { get; set; } = new();
}
