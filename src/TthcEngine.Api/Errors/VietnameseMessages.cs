namespace TthcEngine.Api.Errors;

/// <summary>The Vietnamese message for each stable error code of the domain; the English detail comes from the rule itself.</summary>
internal static class VietnameseMessages
{
    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        ["calendar.year-missing"] = "Lịch làm việc chưa có lịch nghỉ lễ, Tết của năm cần tính; cần bổ sung tệp lịch của năm đó.",
        ["calendar.not-found"] = "Không tìm thấy lịch làm việc được yêu cầu.",
        ["calendar.file-invalid"] = "Tệp lịch làm việc không hợp lệ.",
        ["calendar.office-hours"] = "Giờ làm việc không hợp lệ.",
        ["working-time.reversed"] = "Thời điểm kết thúc trước thời điểm bắt đầu.",
        ["working-time.negative"] = "Thời gian không được là số âm.",
        ["working-time.not-working-unit"] = "Thời hạn này không tính bằng giờ hoặc ngày làm việc.",
        ["time-limit.negative"] = "Thời hạn giải quyết không được là số âm.",
        ["time-limit.same-day"] = "Thời hạn trong ngày không kèm số lượng.",
    };

    public static string For(string code) =>
        ByCode.GetValueOrDefault(code, "Yêu cầu vi phạm quy tắc nghiệp vụ.");
}
