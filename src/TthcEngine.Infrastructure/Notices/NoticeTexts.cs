using System.Globalization;
using System.Text;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Infrastructure.Notices;

/// <summary>A notice's words: the email's subject and the text of both channels.</summary>
public sealed record NoticeText(string Subject, string Body);

/// <summary>
/// The words of each notice, in Vietnamese, short enough for an SMS of three parts: who speaks (the desk or the
/// agency), the code the applicant knows, what happened and what to do, and the lookup page when one is configured.
/// Instants are written in Vietnam time, <c>HH:mm dd/MM/yyyy</c>.
/// </summary>
public static class NoticeTexts
{
    /// <summary>The longest SMS sent: three parts of 153 plain characters.</summary>
    public const int SmsLength = 459;

    /// <summary>The longest email body kept (the column's size).</summary>
    public const int EmailLength = 2000;

    private const int ReasonLength = 300;

    private static readonly NumberFormatInfo Vnd = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    public static NoticeText ApplicationSubmitted(string reference, string procedure, string agency, Uri? lookup) => new(
        $"Đã nhận hồ sơ nộp trực tuyến {reference}",
        $"{agency}: đã nhận hồ sơ nộp trực tuyến {reference} ({procedure}). Bộ phận một cửa sẽ kiểm tra và báo việc tiếp nhận.{Lookup(lookup)}");

    public static NoticeText ApplicationRefused(string reference, string agency, string reason) => new(
        $"Hồ sơ nộp trực tuyến {reference} không được tiếp nhận",
        $"{agency}: hồ sơ nộp trực tuyến {reference} không được tiếp nhận. Lý do: {Sentence(reason)}");

    public static NoticeText Received(string code, string procedure, string desk, DateTimeOffset receivedAt, DateTimeOffset? dueAt, Uri? lookup) => new(
        $"Tiếp nhận hồ sơ {code}",
        $"{desk}: đã tiếp nhận hồ sơ {code} ({procedure}) lúc {Instant(receivedAt)}."
        + (dueAt is { } due ? $" Hẹn trả kết quả: {Instant(due)}." : "")
        + Lookup(lookup));

    /// <param name="request">The desk's request, its reason then the papers asked for; null for a planned wait of the procedure.</param>
    public static NoticeText SupplementRequested(string code, string desk, string? request, Uri? lookup) => new(
        $"Hồ sơ {code} cần bổ sung",
        $"{desk}: hồ sơ {code} cần bổ sung. "
        + (string.IsNullOrWhiteSpace(request) ? "Mời ông/bà liên hệ bộ phận một cửa." : Sentence(request))
        + $" Thời hạn giải quyết tạm dừng đến khi nhận đủ hồ sơ bổ sung.{Lookup(lookup)}");

    public static NoticeText FeeRequested(string code, string desk, Uri? lookup) => new(
        $"Hồ sơ {code}: thực hiện nghĩa vụ tài chính",
        $"{desk}: hồ sơ {code} chờ ông/bà thực hiện nghĩa vụ tài chính (phí, lệ phí) để được giải quyết tiếp.{Lookup(lookup)}");

    public static NoticeText Apology(string code, string agency, string reason, DateTimeOffset originalDueAt, DateTimeOffset newDueAt) => new(
        $"Xin lỗi và hẹn lại ngày trả kết quả hồ sơ {code}",
        $"{agency} xin lỗi ông/bà: hồ sơ {code} chưa giải quyết xong theo hẹn {Instant(originalDueAt)}. Lý do: {Sentence(reason)}"
        + $" Hẹn trả kết quả mới: {Instant(newDueAt)}.");

    public static NoticeText PaymentConfirmed(string code, string desk, decimal amount, string? transactionId, DateTimeOffset paidAt, Uri? lookup) => new(
        $"Hồ sơ {code}: đã nhận thanh toán",
        $"{desk}: đã nhận {Money(amount)} phí, lệ phí của hồ sơ {code}, thanh toán trực tuyến lúc {Instant(paidAt)}"
        + (string.IsNullOrWhiteSpace(transactionId) ? "." : $" (mã giao dịch {transactionId}).")
        + Lookup(lookup));

    public static NoticeText Resumed(string code, string desk, DateTimeOffset resumedAt, DateTimeOffset dueAt, Uri? lookup) => new(
        $"Hồ sơ {code} tiếp tục được giải quyết",
        $"{desk}: hồ sơ {code} tiếp tục được giải quyết từ {Instant(resumedAt)}. Hẹn trả kết quả: {Instant(dueAt)}.{Lookup(lookup)}");

    public static NoticeText ResultReady(string code, string desk, Uri? lookup) => new(
        $"Hồ sơ {code} đã có kết quả",
        $"{desk}: hồ sơ {code} đã có kết quả. Mời ông/bà đến nhận tại bộ phận một cửa.{Lookup(lookup)}");

    public static NoticeText Refused(string code, string agency, string? reason) => new(
        $"Hồ sơ {code} dừng giải quyết",
        $"{agency}: hồ sơ {code} không được giải quyết tiếp."
        + (string.IsNullOrWhiteSpace(reason) ? "" : $" Lý do: {Sentence(reason)}")
        + " Mời ông/bà nhận văn bản trả lời tại bộ phận một cửa.");

    public static NoticeText Withdrawn(string code, string desk) => new(
        $"Hồ sơ {code} đã được rút",
        $"{desk}: hồ sơ {code} đã được rút theo đề nghị của ông/bà; việc giải quyết đã dừng.");

    public static NoticeText WithdrawalDeclined(string code, string desk, string reason, Uri? lookup) => new(
        $"Hồ sơ {code}: đề nghị rút hồ sơ không được chấp nhận",
        $"{desk}: đề nghị rút hồ sơ {code} của ông/bà không được chấp nhận. Lý do: {Sentence(reason)}{Lookup(lookup)}");

    /// <summary>The SMS of a text: without diacritics when <paramref name="plain"/>, and cut to <see cref="SmsLength"/>.</summary>
    public static string Sms(string body, bool plain)
    {
        var text = plain ? WithoutDiacritics(body) : body;
        return text.Length <= SmsLength ? text : text[..(SmsLength - 3)].TrimEnd() + "...";
    }

    /// <summary>An email's body, cut to <see cref="EmailLength"/>.</summary>
    public static string Email(string body) => body.Length <= EmailLength ? body : body[..(EmailLength - 1)].TrimEnd() + "…";

    /// <summary>Vietnamese written without its diacritics: "Hồ sơ đã tiếp nhận" is "Ho so da tiep nhan".</summary>
    public static string WithoutDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                    plain.Append('d');
                    break;
                case 'Đ':
                    plain.Append('D');
                    break;
                case '…':
                    plain.Append("...");
                    break;
                case '–' or '—':
                    plain.Append('-');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        plain.Append(c);
                    }

                    break;
            }
        }

        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>An instant in Vietnam time, <c>HH:mm dd/MM/yyyy</c>.</summary>
    public static string Instant(DateTimeOffset at) =>
        at.ToOffset(WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"50.000 đồng": VND with "." between thousands, as the forms print it.</summary>
    public static string Money(decimal amount) => amount.ToString("#,##0.##", Vnd) + " đồng";

    private static string Lookup(Uri? lookup) => lookup is null ? "" : $" Tra cứu: {lookup.AbsoluteUri}";

    /// <summary>A reason as one sentence: trimmed, on one line, cut, with its full stop.</summary>
    private static string Sentence(string text)
    {
        var line = OneLine(text, ReasonLength);
        return line.Length == 0 || line[^1] is '.' or '!' or '?' or '…' ? line : line + ".";
    }

    /// <summary>A text someone wrote, on one line (its spaces and line breaks one space each), cut to <paramref name="length"/> characters with "…".</summary>
    public static string OneLine(string text, int length)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length > length ? line[..(length - 1)].TrimEnd() + "…" : line;
    }
}
