using System.Globalization;
using TthcEngine.Api.Dossiers;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Api.Pages.Ui;

/// <summary>How the pages write times, working-time spans, states and verdicts, in either language.</summary>
internal static class UiText
{
    /// <summary>Working minutes in a working day: the default office hours, 07:30-11:30 and 13:30-17:30 (domain.md, Part A §2).</summary>
    private const long MinutesPerDay = 8 * 60;

    private static readonly NumberFormatInfo Vnd = new() { NumberGroupSeparator = "." };

    private static readonly IReadOnlyDictionary<int, string> StatusEn = new Dictionary<int, string>
    {
        [1] = "Registered",
        [2] = "Received",
        [3] = "Not accepted",
        [4] = "In progress",
        [5] = "Supplement requested",
        [6] = "Financial obligation due",
        [7] = "Withdrawal requested",
        [8] = "Processing stopped",
        [9] = "Processed",
        [10] = "Result handed over",
    };

    /// <summary>Vietnam civil time, e.g. "08:00 09/03/2026"; a dash for none.</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } t ? t.ToOffset(WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : "—";

    /// <summary>A span of working time left, e.g. "còn 1 ngày 2 giờ"; negative spans read as overdue.</summary>
    public static string Span(long minutes, Lang L)
    {
        var text = Duration(minutes, L);
        return minutes < 0 ? L[$"quá hạn {text}", $"{text} overdue"] : L[$"còn {text}", $"{text} left"];
    }

    /// <summary>An amount of working time, e.g. "1 ngày 2 giờ 30 phút", counting 8 working hours a day.</summary>
    public static string Duration(long minutes, Lang L)
    {
        var abs = Math.Abs(minutes);
        var parts = new List<string>();
        if (abs / MinutesPerDay is var days and > 0)
        {
            parts.Add(L[$"{days} ngày", $"{days} d"]);
        }

        if (abs % MinutesPerDay / 60 is var hours and > 0)
        {
            parts.Add(L[$"{hours} giờ", $"{hours} h"]);
        }

        if (abs % 60 > 0 || parts.Count == 0)
        {
            parts.Add(L[$"{abs % 60} phút", $"{abs % 60} min"]);
        }

        return string.Join(" ", parts);
    }

    public static string Status(int status, Lang L) =>
        L.English ? StatusEn.GetValueOrDefault(status, DossierViews.NameOf(status)) : DossierViews.NameOf(status);

    /// <summary>The verdict of a finished step or dossier: early, on time, late.</summary>
    public static string Verdict(string? timeliness, Lang L) => timeliness switch
    {
        "early" => L["Trước hạn", "Early"],
        "onTime" => L["Đúng hạn", "On time"],
        "late" => L["Quá hạn", "Late"],
        _ => L["Đang xử lý", "In progress"],
    };

    /// <summary>The CSS class of a countdown or verdict: green, amber or red, always beside its words.</summary>
    public static string Tone(string? state) => state switch
    {
        "early" or "onTime" or "onTrack" or "done" => "ok",
        "dueSoon" or "claimed" or "active" => "soon",
        "late" or "overdue" => "late",
        _ => "idle",
    };

    public static string Countdown(string status, Lang L) => status switch
    {
        "overdue" => L["Quá hạn", "Overdue"],
        "dueSoon" => L["Sắp đến hạn", "Due soon"],
        _ => L["Trong hạn", "On track"],
    };

    public static string BranchState(string state, Lang L) => state switch
    {
        "waiting" => L["Chưa bắt đầu", "Waiting"],
        "active" => L["Đang chờ nhận", "Waiting to be claimed"],
        "claimed" => L["Đang xử lý", "In progress"],
        "done" => L["Đã xong", "Done"],
        "overdue" => L["Quá hạn", "Overdue"],
        _ => state,
    };

    public static string Kind(string kind, Lang L) => kind switch
    {
        "original" => L["Bản chính", "Original"],
        "copy" => L["Bản sao", "Copy"],
        "certifiedCopy" => L["Bản sao chứng thực", "Certified copy"],
        "electronic" => L["Bản điện tử", "Electronic"],
        "populationDatabase" => L["Khai thác từ CSDL dân cư", "From the population database"],
        _ => kind,
    };

    public static string Role(string role, Lang L) => role switch
    {
        "desk" => L["Một cửa", "Desk"],
        "specialist" => L["Chuyên viên", "Specialist"],
        "leader" => L["Lãnh đạo", "Leader"],
        "focalPoint" => L["Đầu mối luồng xanh", "Green-lane focal point"],
        "supervisor" => L["Giám sát", "Supervisor"],
        "admin" => L["Quản trị", "Administrator"],
        _ => role,
    };

    /// <summary>A statutory limit as the receipt words it, or in English.</summary>
    public static string Limit(TimeLimit limit, Lang L) => L[Endpoints.FormEndpoints.LimitWords(limit), limit.ToString()];

    /// <summary>"50.000 đ": VND with "." between thousands, as on the one-stop forms.</summary>
    public static string Money(long amount) => amount.ToString("#,##0", Vnd) + " đ";

    public static string FeeMethod(string method, Lang L) => method switch
    {
        "cash" => L["Tiền mặt", "Cash"],
        "transfer" => L["Chuyển khoản", "Bank transfer"],
        "online" => L["Thanh toán trực tuyến", "Paid online"],
        _ => method,
    };

    public static string PaymentState(string state, Lang L) => state switch
    {
        "created" or "pending" => L["Chờ thanh toán", "Waiting"],
        "paid" => L["Đã thanh toán", "Paid"],
        "failed" => L["Không thành công", "Failed"],
        _ => state,
    };

    public static string NoticeKind(string kind, Lang L) => kind switch
    {
        "received" => L["Tiếp nhận hồ sơ", "Received"],
        "supplementRequested" => L["Yêu cầu bổ sung", "Supplement requested"],
        "feeRequested" => L["Thực hiện nghĩa vụ tài chính", "Fees requested"],
        "apology" => L["Xin lỗi, hẹn lại ngày trả", "Apology, new date"],
        "paymentConfirmed" => L["Đã nhận thanh toán trực tuyến", "Online payment received"],
        "resumed" => L["Tiếp tục giải quyết, hẹn mới", "Resumed, new date"],
        "resultReady" => L["Đã có kết quả", "Result ready"],
        "refused" => L["Dừng giải quyết", "Stopped"],
        "withdrawn" => L["Rút hồ sơ", "Withdrawn"],
        "withdrawalDeclined" => L["Không chấp nhận đề nghị rút", "Withdrawal request declined"],
        "applicationSubmitted" => L["Nhận hồ sơ trực tuyến", "Online application received"],
        "applicationRefused" => L["Không tiếp nhận hồ sơ trực tuyến", "Online application refused"],
        _ => kind,
    };

    public static string NoticeState(string state, Lang L) => state switch
    {
        "sent" => L["Đã gửi", "Sent"],
        "failed" => L["Không gửi được", "Not sent"],
        _ => L["Đang chờ gửi", "Waiting"],
    };

    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";
}
