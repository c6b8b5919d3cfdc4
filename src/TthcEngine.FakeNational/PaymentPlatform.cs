using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>
/// The national payment platform, protocol 1.0.6 (shared/national-api.md §3), as the fake plays it: INIT checks the
/// fixed values and MaXacThuc and gives a payment page on the fake; paying (the page, or <c>/_fake/payment/{ref}/pay</c>)
/// posts the signed callback to the configured URL, as many copies as set; QUERY and GET_BILL check their hash.
/// </summary>
public sealed class PaymentPlatform(PaymentSettings settings, TimeProvider time) : IDisposable
{
    private static readonly (string Name, string Value)[] InitFixed =
    [
        ("LoaiBanTin", "INIT"), ("PhienBan", "1.0.6"), ("LoaiHinhThanhToan", "PAY"), ("MaKenhThanhToan", "1"), ("MaThietBi", "1"),
        ("NgonNgu", "vi-VN"), ("MaTienTe", "VND"), ("MaNganHang", "PAYMENT"),
    ];

    private static readonly string[] InitHashed =
        ["LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "SoTien", "LoaiHinhThanhToan", "MaKenhThanhToan", "MaThietBi", "NgonNgu", "MaTienTe", "MaNganHang", "ThongTinGiaoDich", "ThoiGianGD", "Ip"];

    private static readonly string[] LookupHashed = ["LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD"];

    private readonly ConcurrentDictionary<string, PaymentTransaction> transactions = new(StringComparer.Ordinal);
    private readonly HttpClient callbacks = new() { Timeout = TimeSpan.FromSeconds(30) };
    private int serial;

    public PaymentSettings Settings => settings;

    public PaymentTransaction? Find(string reference) => transactions.GetValueOrDefault(reference);

    public int Count => transactions.Count;

    public void Reset() => transactions.Clear();

    /// <summary>INIT's answer: <c>{error_code, message}</c>, the page in <c>message</c> as a JSON string.</summary>
    public JsonObject Init(JsonNode? body, string site)
    {
        if (body is not JsonObject init)
        {
            return Reply("-1", "Dữ liệu phải là một đối tượng JSON");
        }

        if (Wrong(init, InitHashed) is { } wrong)
        {
            return Reply("-1", "Dữ liệu không hợp lệ: " + wrong);
        }

        if (InitFixed.FirstOrDefault(f => Text(init, f.Name) != f.Value) is { Name: not null } bad)
        {
            return Reply("-1", $"{bad.Name} phải là {bad.Value}");
        }

        if (Problem(init, InitHashed) is { } problem)
        {
            return Reply("-1", problem);
        }

        if (init["ThongTinBienLai"] is not JsonObject receipt || Text(receipt, "MaHoSo").Length == 0)
        {
            return Reply("-1", "Thiếu ThongTinBienLai.MaHoSo");
        }

        var reference = Text(init, "MaThamChieu");
        var amount = long.Parse(Text(init, "SoTien"), CultureInfo.InvariantCulture);
        var transaction = transactions.GetOrAdd(reference, _ => new PaymentTransaction
        {
            Reference = reference, Amount = amount, Description = Text(init, "ThongTinGiaoDich"), DossierCode = Text(receipt, "MaHoSo"),
        });
        if (transaction.Amount != amount)
        {
            return Reply("-3", "Mã tham chiếu đã tồn tại");
        }

        var page = JsonSerializer.Serialize(new Dictionary<string, string> { ["UrlThanhToan"] = $"{site}/payment/pay/{Uri.EscapeDataString(reference)}" });
        return Reply("0", page);
    }

    /// <summary>QUERY's answer.</summary>
    public JsonObject Query(JsonNode? body)
    {
        if (Lookup(body, "QUERY", out var reference) is { } refused)
        {
            return refused;
        }

        if (Find(reference) is not { } transaction)
        {
            return Answer(reference, "02", "Không tìm thấy giao dịch");
        }

        var answer = Answer(reference, "00", "Thành công");
        answer["TrangThaiGD"] = transaction.State;
        answer["MaGiaoDich"] = transaction.TransactionId;
        answer["MaNganHang"] = transaction.Bank;
        answer["SoTien"] = transaction.Amount.ToString(CultureInfo.InvariantCulture);
        answer["MaTienTe"] = "VND";
        return answer;
    }

    /// <summary>GET_BILL: the receipt of a paid transaction as a PDF, or the reason there is none.</summary>
    public (byte[]? Pdf, JsonObject? Refusal) Bill(JsonNode? body)
    {
        if (Lookup(body, "GET_BILL", out var reference) is { } refused)
        {
            return (null, refused);
        }

        return Find(reference) is { State: "1" } paid
            ? (PaymentReceiptPdf.Of(paid), null)
            : (null, Answer(reference, "02", "Giao dịch chưa thanh toán"));
    }

    /// <summary>
    /// The payer pays (<paramref name="result"/> <c>00</c>) or fails; the callback goes to the configured URL unless
    /// <paramref name="deliver"/> is false (a lost callback). The replies the partner gave, in order.
    /// </summary>
    public async Task<IReadOnlyList<string>> PayAsync(string reference, string result, string bank, bool deliver, CancellationToken cancellationToken)
    {
        if (Find(reference) is not { } transaction)
        {
            throw new KeyNotFoundException(reference);
        }

        var now = time.GetUtcNow();
        lock (transaction)
        {
            if (transaction.State == "3")
            {
                transaction.State = result == "00" ? "1" : "4";
                transaction.TransactionId = "GD" + Interlocked.Increment(ref serial).ToString("D8", CultureInfo.InvariantCulture);
                transaction.Bank = bank;
                transaction.PaidAt = now;
            }
        }

        if (!deliver || string.IsNullOrEmpty(settings.CallbackUrl))
        {
            return [];
        }

        var callback = Callback(transaction, result, now);
        var copies = Math.Max(1, settings.CallbackCopies);
        string[] replies;
        if (settings.CallbacksAtOnce)
        {
            replies = await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => SendAsync(callback, cancellationToken)));
        }
        else
        {
            replies = new string[copies];
            for (var i = 0; i < copies; i++)
            {
                replies[i] = await SendAsync(callback, cancellationToken);
            }
        }

        lock (transaction)
        {
            transaction.CallbackReplies.AddRange(replies);
        }

        return replies;
    }

    public void Dispose() => callbacks.Dispose();

    private JsonObject Callback(PaymentTransaction transaction, string result, DateTimeOffset at)
    {
        var fields = new (string Name, string Value)[]
        {
            ("LoaiBanTin", "PAY"), ("MaLoi", result), ("MaDoiTac", settings.PartnerCode), ("MaThamChieu", transaction.Reference),
            ("SoTien", transaction.Amount.ToString(CultureInfo.InvariantCulture)), ("MaTienTe", "VND"), ("MaGiaoDich", transaction.TransactionId),
            ("MaNganHang", transaction.Bank), ("ThoiGianGD", at.ToOffset(TimeSpan.FromHours(7)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)),
            ("ThongTinGiaoDich", transaction.Description),
        };
        var body = new JsonObject();
        foreach (var (name, value) in fields)
        {
            // SoTien is a number in the callback (§3, the constructed sample).
            body[name] = name == "SoTien" ? JsonValue.Create(transaction.Amount) : JsonValue.Create(value);
        }

        body["MaXacThuc"] = PaymentSigner.Sign(settings.Secret, fields.Select(f => f.Value));
        return body;
    }

    private async Task<string> SendAsync(JsonObject callback, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(callback.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await callbacks.PostAsync(settings.CallbackUrl, content, cancellationToken);
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return "error: " + e.Message;
        }
    }

    private JsonObject? Lookup(JsonNode? body, string type, out string reference)
    {
        reference = "";
        if (body is not JsonObject lookup || Wrong(lookup, LookupHashed) is not null)
        {
            return Answer("", "01", "Dữ liệu không hợp lệ");
        }

        reference = Text(lookup, "MaThamChieu");
        if (Text(lookup, "LoaiBanTin") != type || Text(lookup, "PhienBan") != "1.0.6")
        {
            return Answer(reference, "01", $"LoaiBanTin phải là {type}, PhienBan 1.0.6");
        }

        return Problem(lookup, LookupHashed) is { } problem ? Answer(reference, "01", problem) : null;
    }

    /// <summary>The partner, the date, the amount if any, and MaXacThuc, checked; null when all are right.</summary>
    private string? Problem(JsonObject message, string[] hashed)
    {
        if (Text(message, "MaDoiTac") != settings.PartnerCode)
        {
            return "Sai mã đối tác";
        }

        if (!DateTime.TryParseExact(Text(message, "ThoiGianGD"), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return "ThoiGianGD phải có dạng yyyyMMddHHmmss";
        }

        if (message.ContainsKey("SoTien") && !long.TryParse(Text(message, "SoTien"), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return "SoTien phải là một chuỗi chữ số";
        }

        var expected = PaymentSigner.Sign(settings.Secret, hashed.Select(n => Text(message, n)));
        return Text(message, "MaXacThuc") == expected ? null : "Sai mã xác thực";
    }

    /// <summary>The first hashed field that is not a JSON string; null when none.</summary>
    private static string? Wrong(JsonObject message, string[] names) =>
        names.Append("MaXacThuc").FirstOrDefault(n => message[n] is not JsonValue v || v.GetValueKind() != JsonValueKind.String) is { } name
            ? $"{name} phải là một chuỗi"
            : null;

    private static string Text(JsonObject message, string name) =>
        message[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";

    private static JsonObject Reply(string code, string message) => new() { ["error_code"] = code, ["message"] = message };

    private static JsonObject Answer(string reference, string code, string text) =>
        new() { ["MaThamChieu"] = reference, ["MaLoi"] = code, ["MoTaLoi"] = text };
}
