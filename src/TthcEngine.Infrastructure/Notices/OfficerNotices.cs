using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Notices;

/// <summary>What a notice tells an officer (<c>officer_notices.Kind</c>).</summary>
public static class OfficerNoticeKinds
{
    /// <summary>A leader (or the admin) gave the officer a step (phân công).</summary>
    public const string StepAssigned = "stepAssigned";

    /// <summary>A step the officer held was given to someone else, or released, by someone else.</summary>
    public const string StepTaken = "stepTaken";

    /// <summary>A step the officer holds, or that nobody holds yet in their unit, comes due soon.</summary>
    public const string StepDueSoon = "stepDueSoon";

    /// <summary>A step the officer holds, or that nobody holds in their unit, is overdue.</summary>
    public const string StepOverdue = "stepOverdue";

    /// <summary>A step of the unit the officer heads is overdue: the head answers for it.</summary>
    public const string UnitStepOverdue = "unitStepOverdue";

    /// <summary>A green-lane focal point pressed a step the officer holds or may take (đôn đốc).</summary>
    public const string StepExpedited = "stepExpedited";

    /// <summary>A focal point pressed an overdue step of the unit the officer heads.</summary>
    public const string ExpediteEscalated = "expediteEscalated";

    /// <summary>A branch step of a green-lane case the officer is the focal point of started, ended or was sent back.</summary>
    public const string GreenLaneStep = "greenLaneStep";

    /// <summary>A step the officer did was sent back to them for rework (trả lại để làm lại), with the reason.</summary>
    public const string StepReturned = "stepReturned";

    /// <summary>The officer's unit is asked for its opinion on a dossier (lấy ý kiến, liên thông), by a due instant.</summary>
    public const string ConsultationRequested = "consultationRequested";

    /// <summary>A dossier is heading for lateness: its apology and new appointment (Form 04) waits for the head of a unit at fault to issue it.</summary>
    public const string ApologyPrepared = "apologyPrepared";
}

/// <summary>The texts of officers' notices, in Vietnamese, and their rows.</summary>
public static class OfficerNotices
{
    private const int MessageLength = 500;

    /// <summary>Adds one notice for each recipient (each once) to the context; it is saved with what the caller saves.</summary>
    public static void Add(
        TthcDbContext db, IEnumerable<string> recipients, string kind, Guid dossierId, string dossierCode, string? stepId, string text, DateTimeOffset at, DateTimeOffset now)
    {
        foreach (var recipient in recipients.Distinct(StringComparer.Ordinal))
        {
            db.OfficerNotices.Add(new OfficerNoticeRecord
            {
                Id = Guid.CreateVersion7(now),
                Recipient = recipient,
                Kind = kind,
                DossierId = dossierId,
                DossierCode = dossierCode,
                StepId = stepId,
                Text = text,
                At = at,
                CreatedAt = now,
            });
        }
    }

    public static string Assigned(string code, string step, string by, DateTimeOffset? dueAt, string? reason) =>
        $"{by} giao cho bạn bước \"{step}\" của hồ sơ {code}{Due(dueAt)}.{Reason(reason)}";

    public static string Taken(string code, string step, string by, string? to, string? reason) =>
        (to is null ? $"{by} đã trả lại bước \"{step}\" của hồ sơ {code} cho đơn vị nhận lại; bạn không còn giữ bước này."
            : $"{by} đã giao bước \"{step}\" của hồ sơ {code} cho {to}; bạn không còn giữ bước này.") + Reason(reason);

    public static string DueSoon(string code, string step, DateTimeOffset dueAt, bool held) =>
        $"Bước \"{step}\" của hồ sơ {code}{(held ? "" : " (chưa ai nhận)")} sắp đến hạn: {NoticeTexts.Instant(dueAt)}.";

    public static string Overdue(string code, string step, DateTimeOffset dueAt, bool held) =>
        $"Bước \"{step}\" của hồ sơ {code}{(held ? "" : " (chưa ai nhận)")} đã quá hạn (hạn {NoticeTexts.Instant(dueAt)}).";

    public static string UnitOverdue(string code, string step, string unit, DateTimeOffset dueAt, string? holder) =>
        $"Bước \"{step}\" của hồ sơ {code} tại {unit} đã quá hạn (hạn {NoticeTexts.Instant(dueAt)}); "
        + (holder is null ? "chưa ai nhận xử lý." : $"người xử lý: {holder}.");

    public static string Expedited(string code, string step, string focalPoint, DateTimeOffset? dueAt, string message) =>
        $"Đầu mối {focalPoint} đôn đốc bước \"{step}\" của hồ sơ {code}{Due(dueAt)}: {Message(message)}";

    public static string ExpediteEscalated(string code, string step, string unit, string focalPoint, DateTimeOffset? dueAt, string? holder, string message) =>
        $"Bước \"{step}\" của hồ sơ {code} tại {unit} đã quá hạn{Due(dueAt)}; "
        + (holder is null ? "chưa ai nhận xử lý" : $"người xử lý: {holder}")
        + $". Đầu mối {focalPoint} đề nghị lãnh đạo đơn vị chỉ đạo: {Message(message)}";

    /// <summary>A green-lane branch event as the runtime names it: <c>activated</c>, <c>completed {timeliness}</c>, <c>returned to {step}</c>.</summary>
    public static string GreenLaneStep(string code, string step, string unit, string what, Func<string, string> stepName)
    {
        var happened = what switch
        {
            "activated" => "bắt đầu",
            _ when what.StartsWith("completed ", StringComparison.Ordinal) => "đã xong" + (Enum.TryParse<Timeliness>(what["completed ".Length..], out var t)
                ? t switch { Timeliness.Early => ", trước hạn", Timeliness.OnTime => ", đúng hạn", _ => ", quá hạn" }
                : ""),
            _ when what.StartsWith("returned to ", StringComparison.Ordinal) => $"trả lại bước \"{stepName(what["returned to ".Length..])}\" để làm lại",
            _ => what,
        };
        return $"Hồ sơ luồng xanh {code}: bước \"{step}\" ({unit}) {happened}.";
    }

    public static string Returned(string code, string step, string by, string reason) =>
        $"{by} trả lại bước \"{step}\" của hồ sơ {code} để làm lại. Lý do: {Message(reason)}";

    public static string ConsultationRequested(string code, string askingStep, string unit, DateTimeOffset dueAt) =>
        $"Đề nghị {unit} cho ý kiến về hồ sơ {code} (bước \"{askingStep}\" đang chờ), hạn trả lời {NoticeTexts.Instant(dueAt)}.";

    public static string ApologyPrepared(string code, DateTimeOffset dueAt, IReadOnlyList<string> units) =>
        $"Hồ sơ {code} có nguy cơ trễ hạn (hạn {NoticeTexts.Instant(dueAt)}). Thư xin lỗi và hẹn lại ngày trả (Mẫu 04) đã được chuẩn bị "
        + $"cho {string.Join(", ", units)}, chờ lãnh đạo ký ban hành trước hạn.";

    private static string Due(DateTimeOffset? dueAt) => dueAt is { } due ? $", hạn {NoticeTexts.Instant(due)}" : "";

    private static string Reason(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $" Lý do: {Message(reason)}";

    private static string Message(string text) => NoticeTexts.OneLine(text, MessageLength);
}
