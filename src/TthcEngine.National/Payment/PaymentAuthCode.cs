using System.Security.Cryptography;
using System.Text;
using TthcEngine.National.Payment.Wire;

namespace TthcEngine.National.Payment;

/// <summary>
/// MaXacThuc, the payment protocol's authentication code (shared/national-api.md §3): the lowercase hex SHA-256 of
/// the UTF-8 fields joined by <c>|</c>, the partner secret last. Each message hashes its own fields in its own order.
/// </summary>
public static class PaymentAuthCode
{
    public const string ProtocolVersion = "1.0.6";

    /// <summary>LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|SoTien|LoaiHinhThanhToan|MaKenhThanhToan|MaThietBi|NgonNgu|MaTienTe|MaNganHang|ThongTinGiaoDich|ThoiGianGD|Ip|secret.</summary>
    public static string ForInit(PaymentInitRequest r, string secret) =>
        Compute(secret, r.MessageType, r.ProtocolVersion, r.PartnerCode, r.Reference, r.Amount, r.PaymentKind, r.Channel, r.Device, r.Language, r.Currency, r.Bank, r.Description, r.At, r.Ip);

    /// <summary>LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|ThoiGianGD|secret, for QUERY and GET_BILL.</summary>
    public static string ForLookup(PaymentLookupRequest r, string secret) =>
        Compute(secret, r.MessageType, r.ProtocolVersion, r.PartnerCode, r.Reference, r.At);

    /// <summary>LoaiBanTin|MaLoi|MaDoiTac|MaThamChieu|SoTien|MaTienTe|MaGiaoDich|MaNganHang|ThoiGianGD|ThongTinGiaoDich|secret; a missing field counts as empty.</summary>
    public static string ForCallback(PaymentCallback c, string secret) =>
        Compute(secret, c.MessageType ?? "", c.ErrorCode ?? "", c.PartnerCode ?? "", c.Reference ?? "", c.Amount ?? "", c.Currency ?? "", c.TransactionId ?? "", c.Bank ?? "", c.At ?? "", c.Description ?? "");

    /// <summary>Our reply's code, MaLoi|MoTaLoi|MaDoiTac|ThoiGianGD|secret: the contract does not say (§6.6); our choice.</summary>
    public static string ForReply(PaymentCallbackReply r, string secret) =>
        Compute(secret, r.ErrorCode, r.ErrorText, r.PartnerCode, r.At);

    /// <summary>Whether a received code is the expected one, compared in constant time (a forger learns nothing from the timing).</summary>
    public static bool Matches(string expected, string? received) =>
        received is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(received.ToLowerInvariant()));

    private static string Compute(string secret, params string[] fields) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', fields) + "|" + secret)));
}
