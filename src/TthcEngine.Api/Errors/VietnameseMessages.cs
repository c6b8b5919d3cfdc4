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
        ["step.not-active"] = "Bước xử lý này hiện không ở trạng thái chờ xử lý.",
        ["step.already-claimed"] = "Bước xử lý đã được cán bộ khác nhận.",
        ["step.claimed-by-other"] = "Bước xử lý do cán bộ khác đang giữ.",
        ["step.holder-changed"] = "Bước xử lý vừa được cán bộ khác nhận hoặc giao; hãy tải lại trang.",
        ["step.not-claimed"] = "Bước xử lý chưa có ai nhận; không có gì để trả lại.",
        ["step.assign-same"] = "Cán bộ này đang giữ bước xử lý.",
        ["step.consultations-open"] = "Bước xử lý đang chờ ý kiến của cơ quan phối hợp.",
        ["rework.not-allowed"] = "Không được trả hồ sơ về bước này.",
        ["rework.reason"] = "Cần nêu lý do trả lại hồ sơ.",
        ["consult.units"] = "Mỗi cơ quan chỉ được hỏi ý kiến một lần trong một yêu cầu.",
        ["consult.not-allowed"] = "Bước này không được lấy ý kiến cơ quan đã chọn.",
        ["consult.open"] = "Cơ quan này chưa trả lời yêu cầu lấy ý kiến trước đó.",
        ["workflow.finished"] = "Hồ sơ đã kết thúc.",
        ["workflow.not-started"] = "Hồ sơ chưa được tiếp nhận.",
        ["workflow.paused"] = "Hồ sơ đang chờ tổ chức, cá nhân bổ sung hoặc thực hiện nghĩa vụ tài chính.",
        ["workflow.not-paused"] = "Hồ sơ không ở trạng thái chờ bổ sung.",
        ["workflow.flow-incomplete"] = "Chỉ trả kết quả khi mọi bước xử lý đã hoàn thành.",
        ["workflow.refusal-reason"] = "Từ chối giải quyết phải nêu rõ lý do (Mẫu 03).",
        ["workflow.time-backwards"] = "Thời điểm thao tác trước thời điểm của sự kiện gần nhất.",
        ["supplement.too-late"] = "Chỉ được yêu cầu bổ sung trong 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ.",
        ["attachment.unknown-document"] = "Thủ tục không yêu cầu thành phần hồ sơ này.",
        ["attachment.hash"] = "Mã băm SHA-256 không hợp lệ.",
        ["attachment.not-reusable"] = "Giấy tờ này không được tái sử dụng cho tổ chức, cá nhân này.",
    };

    public static string For(string code) =>
        ByCode.GetValueOrDefault(code, "Yêu cầu vi phạm quy tắc nghiệp vụ.");
}
