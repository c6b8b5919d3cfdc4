namespace TthcEngine.National.Payment;

/// <summary>
/// How we answer a callback (MaLoi, MoTaLoi). The platform's codes other than <c>00</c> are unknown (§6.6): these are
/// ours, documented in docs/integration.md.
/// </summary>
public sealed record PaymentCallbackAnswer(string Code, string Text)
{
    /// <summary>Taken: applied now, applied before (a replay), or a failure noted.</summary>
    public static readonly PaymentCallbackAnswer Accepted = new("00", "Thành công");

    public static readonly PaymentCallbackAnswer BadAuthCode = new("01", "Sai mã xác thực");

    public static readonly PaymentCallbackAnswer UnknownReference = new("02", "Không tìm thấy giao dịch");

    public static readonly PaymentCallbackAnswer AmountMismatch = new("03", "Số tiền không khớp");

    public static readonly PaymentCallbackAnswer WrongPartner = new("04", "Sai mã đối tác");
}
