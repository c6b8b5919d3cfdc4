namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// One online payment of a dossier's fees through the national payment platform (thanh toán trực tuyến trên Cổng
/// DVCQG, shared/national-api.md §3). Its <see cref="Reference"/> (MaThamChieu) is ours and unique; the platform's
/// callbacks and status answers are matched by it.
/// </summary>
public sealed class PaymentRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>MaThamChieu: "dvc" + the dossier code + the creation instant, non-word characters stripped.</summary>
    public required string Reference { get; set; }

    /// <summary>SoTien, in dong.</summary>
    public long Amount { get; set; }

    /// <summary>ThongTinGiaoDich: what the applicant sees on the payment page and the bank statement.</summary>
    public required string Description { get; set; }

    /// <summary>The fee items sent (PhiLePhi), as JSON.</summary>
    public required string FeeItems { get; set; }

    public PaymentState State { get; set; }

    /// <summary>UrlThanhToan: the platform's payment page for this payment.</summary>
    public string? PaymentUrl { get; set; }

    /// <summary>MaGiaoDich: the platform's transaction id, once paid; the fee's receipt number.</summary>
    public string? TransactionId { get; set; }

    /// <summary>MaNganHang: the bank the applicant paid through.</summary>
    public string? Bank { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The desk officer who asked for it; null when the applicant did (code and PIN).</summary>
    public string? CreatedBy { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>Why it failed (the platform's refusal, a failed INIT, a failure reported by the platform).</summary>
    public string? Failure { get; set; }

    /// <summary>Genuine callbacks received for it (replays included).</summary>
    public int CallbacksReceived { get; set; }

    /// <summary>The last status query (QUERY) sent for it.</summary>
    public DateTimeOffset? LastQueriedAt { get; set; }

    /// <summary>The platform's receipt (GET_BILL, a PDF), stored once fetched.</summary>
    public byte[]? Receipt { get; set; }

    /// <summary>Raised at every change: two callbacks racing to pay it, one wins.</summary>
    public int Version { get; set; }
}
