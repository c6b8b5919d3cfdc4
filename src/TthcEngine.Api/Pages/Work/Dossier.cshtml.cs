using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Pages.Work;

/// <summary>
/// A dossier as officers see it: the applicant, the papers, the timeline of steps (due, finished, early / on time /
/// late), the forms to print, and the actions this officer may take now. Each action runs the handler of the matching
/// API endpoint, then comes back here (post, redirect, get).
/// </summary>
[Authorize]
internal sealed class DossierModel(
    DossierCommands dossiers, Idempotency idempotency, WorkingCalendar calendar, ApplicantNotices notices, TimeProvider time) : UiPageModel
{
    public DossierView View { get; private set; } = null!;

    public ReceiptNote? Receipt { get; private set; }

    /// <summary>The PIN, on the page the desk lands on right after the receipt; never again.</summary>
    public string? ReceivedPin { get; private set; }

    public IReadOnlyList<StepAction> Steps { get; private set; } = [];

    public bool IsDesk { get; private set; }

    public bool IsLeader { get; private set; }

    public bool Paused { get; private set; }

    public bool Open { get; private set; }

    public bool CanHandOver { get; private set; }

    /// <summary>The dossier's desk may record the applicant's withdrawal: open, its result not ready.</summary>
    public bool CanWithdraw { get; private set; }

    /// <summary>The applicant's online request to withdraw, while the dossier is open: when, and the reason given.</summary>
    public (DateTimeOffset At, string Reason)? WithdrawalRequest { get; private set; }

    /// <summary>The withdrawal form's text when the applicant asked online: when and why, within the 2,000 characters a withdrawal takes.</summary>
    public string WithdrawalReasonDraft
    {
        get
        {
            if (WithdrawalRequest is not { } asked)
            {
                return "";
            }

            var text = $"{L["Đề nghị trực tuyến lúc", "Asked online at"]} {UiText.Time(asked.At)}: {asked.Reason}";
            return text.Length > 2000 ? text[..2000] : text;
        }
    }

    /// <summary>The result was handed over as a file (<c>GET /api/dossiers/{id}/result</c> serves it).</summary>
    public bool HasElectronicResult { get; private set; }

    public bool CanAskSupplement { get; private set; }

    public long? RemainingMinutes { get; private set; }

    public IReadOnlyList<string> Forms { get; private set; } = [];

    /// <summary>The procedure's fee (phí, lệ phí) as published; null when it states none.</summary>
    public Fee? ProcedureFee { get; private set; }

    /// <summary>The online payments of the dossier, oldest first; empty when none or not configured.</summary>
    public IReadOnlyList<PaymentView> Payments { get; private set; } = [];

    /// <summary>The national payment platform is configured: the desk may create a payment.</summary>
    public bool PaymentsConfigured { get; private set; }

    /// <summary>What the applicant was told by SMS and email, oldest first; empty when none or notices are off.</summary>
    public IReadOnlyList<ApplicantNoticeView> Notices { get; private set; } = [];

    /// <summary>The fees collected so far, oldest first.</summary>
    public IReadOnlyList<(NoteView Note, FeeRequest Fee)> FeesPaid { get; private set; } = [];

    /// <summary>
    /// An active step and what this officer may do on it: claim, finish, give it to one of <paramref name="Assignees"/>
    /// (a leader, the admin) or release it (also its holder); <paramref name="LastAssignment"/> is the latest change of
    /// its holder by someone, with the reason.
    /// </summary>
    public sealed record StepAction(
        ActiveStepView Step, bool Mine, bool MayClaim, bool MayFinish, IReadOnlyList<(string Id, string Name)> ReturnsTo,
        bool MayAssign, bool MayRelease, IReadOnlyList<Assignee> Assignees, (NoteView Note, AssignmentEndpoints.AssignmentNote Details)? LastAssignment);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await dossiers.FindAsync(id, Me, cancellationToken) is not { } found)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Content(L["Không tìm thấy hồ sơ.", "No such dossier."]);
        }

        var (record, state) = found;
        View = await DossierViews.OfficerViewAsync(dossiers.Db, record, state, cancellationToken);
        Receipt = View.Notes.FirstOrDefault(n => n.Kind == NoteKinds.Documents) is { } note ? DossierViews.Read<ReceiptNote>(note.Details) : null;
        ReceivedPin = TempData["ReceivedPin"] as string;
        var access = dossiers.Access;
        var me = Me;
        IsDesk = access.IsDeskOf(me, record);
        IsLeader = access.IsLeaderOf(me, record);
        Open = record.FinishedAt is null;
        Paused = state.OpenPause is not null;
        var definitions = ProcedureNames.Steps(state.Definition);
        var assignments = NotesOf<AssignmentEndpoints.AssignmentNote>(NoteKinds.StepAssigned).ToList();
        var steps = new List<StepAction>();
        foreach (var a in state.Active.OrderBy(a => a.ActivatedAt))
        {
            var view = View.ActiveSteps.First(v => v.StepId == a.Ref.StepId);
            var mine = access.CanActOn(me, record, a);
            var returns = definitions.GetValueOrDefault(a.Ref.StepId)?.ReturnsTo ?? [];
            var mayAssign = Open && access.MayAssign(me, record, a);
            var assignees = mayAssign
                ? await Assignees.ListAsync(dossiers.Db, access, record, a, cancellationToken)
                : [];
            var lastAssignment = assignments.LastOrDefault(x => x.Details.StepId == a.Ref.StepId);
            steps.Add(new StepAction(
                view, mine, mine && a.ClaimedBy is null, mine && a.ClaimedBy == me.UserName,
                [.. returns.Select(r => (r, definitions.GetValueOrDefault(r)?.Name ?? r))],
                mayAssign,
                Open && a.ClaimedBy is not null && access.MayRelease(me, record, a),
                assignees,
                lastAssignment.Details is null ? null : lastAssignment));
        }

        Steps = steps;
        var last = state.Definition.FlowOf(state.Lane)[^1].Id;
        CanWithdraw = IsDesk && Open && state.ResultReady is null;
        WithdrawalRequest = Open && WithdrawalRequests.Waiting(View.Notes.Select(n => (n.Kind, n.At))) is { } waiting
            && View.Notes.LastOrDefault(n => n.Kind == NoteKinds.WithdrawalRequested && n.At == waiting) is { } asked
            ? (asked.At, DossierViews.Read<WithdrawalRequests.Note>(asked.Details)?.Reason ?? "")
            : null;
        HasElectronicResult = View.Notes.Any(n => n.Kind == NoteKinds.HandedOver && DossierViews.Read<HandOverRequest>(n.Details)?.ResultUploadId is not null);
        CanHandOver = IsDesk && Open && state.Active.Count > 0 && state.Active.All(a => a.Role == Role.Desk) && state.Active.Any(a => a.Ref.StepId == last);
        CanAskSupplement = Open && !Paused && (IsDesk || state.Active.Any(a => a.Role != Role.Desk && access.CanActOn(me, record, a)));
        var now = time.GetUtcNow();
        var due = record.ExtendedDueAt ?? record.DueAt;
        if (Open && due is { } d)
        {
            RemainingMinutes = now <= d ? (long)calendar.Elapsed(now, d).TotalMinutes : -(long)calendar.Elapsed(d, now).TotalMinutes;
        }

        var forms = new List<string> { "receipt", "control-slip" };
        if (View.Notes.Any(n => n.Kind == NoteKinds.SupplementRequested))
        {
            forms.Add("supplement-request");
        }

        if (View.Notes.Any(n => n.Kind == NoteKinds.Refused))
        {
            forms.AddRange(["refusal", "stop-notice"]);
        }

        if (View.Notes.Any(n => n.Kind is NoteKinds.ApologyPrepared or NoteKinds.ApologyIssued))
        {
            forms.Add("apology");
        }

        Forms = forms;
        ProcedureFee = state.Definition.Fee;
        PaymentsConfigured = HttpContext.RequestServices.GetService<National.Payment.OnlinePayments>() is not null;
        Payments = await PaymentEndpoints.ListAsync(dossiers.Db, id, cancellationToken);
        Notices = await NoticeEndpoints.ListAsync(dossiers.Db, id, cancellationToken);
        FeesPaid = [.. NotesOf<FeeRequest>(NoteKinds.Fee)];
        return Page();
    }

    /// <summary>The dossier's notes of <paramref name="kind"/>, oldest first, each with its details read; unreadable ones left out.</summary>
    private IEnumerable<(NoteView Note, T Details)> NotesOf<T>(string kind)
        where T : class =>
        View.Notes.Where(n => n.Kind == kind)
            .Select(n => (Note: n, Details: DossierViews.Read<T>(n.Details)))
            .Where(x => x.Details is not null)
            .Select(x => (x.Note, x.Details!));

    public async Task<IActionResult> OnPostClaimAsync(Guid id, string step, CancellationToken cancellationToken) =>
        After(await UiOutcome.RunAsync(() => DossierEndpoints.Claim(id, step, User, dossiers, cancellationToken)),
            L[$"Đã nhận xử lý bước {step}.", $"Step {step} claimed."], Here(id));

    public async Task<IActionResult> OnPostAssignAsync(Guid id, string step, string? officer, string? reason, CancellationToken cancellationToken) =>
        After(await UiOutcome.RunAsync(() => AssignmentEndpoints.Assign(id, step, new AssignRequest(officer, reason), User, dossiers, cancellationToken)),
            string.IsNullOrWhiteSpace(officer) ? L[$"Đã trả lại bước {step}; cán bộ của đơn vị có thể nhận.", $"Step {step} released; the unit's officers may claim it."]
                : L[$"Đã giao bước {step} cho {officer}.", $"Step {step} given to {officer}."],
            Here(id));

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, string step, string? opinion, CancellationToken cancellationToken) =>
        After(await UiOutcome.RunAsync(() => DossierEndpoints.Complete(id, step, new CompleteRequest(opinion), HttpContext, User, dossiers, idempotency, cancellationToken)),
            L[$"Đã hoàn thành bước {step}.", $"Step {step} completed."], Here(id));

    public async Task<IActionResult> OnPostReturnAsync(Guid id, string step, string toStep, string? reason, CancellationToken cancellationToken) =>
        After(await UiOutcome.RunAsync(() => DossierEndpoints.Return(id, step, new ReturnRequest(toStep, reason ?? ""), User, dossiers, cancellationToken)),
            L["Đã trả lại để xử lý lại.", "Returned for rework."], Here(id));

    public async Task<IActionResult> OnPostSupplementAsync(Guid id, string? items, string? reason, CancellationToken cancellationToken)
    {
        var list = (items ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => new SupplementItem(i)).ToList();
        return After(await UiOutcome.RunAsync(() => DossierEndpoints.RequestSupplement(id, new SupplementRequest(list, reason ?? ""), User, dossiers, cancellationToken)),
            L["Đã yêu cầu bổ sung; in Phiếu yêu cầu bổ sung (Mẫu 02).", "Supplement requested; print Form 02."], Here(id));
    }

    public async Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken cancellationToken) =>
        After(await UiOutcome.RunAsync(() => DossierEndpoints.AcceptSupplement(id, User, dossiers, cancellationToken)),
            L["Đã nhận hồ sơ bổ sung; thời hạn tính lại.", "Supplement accepted; the time limit restarts."], Here(id));

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        After(await UiOutcome.RunAsync(() => DossierEndpoints.Withdraw(id, new ReasonRequest(reason ?? ""), User, dossiers, cancellationToken)),
            L["Đã ghi nhận rút hồ sơ theo đề nghị của người nộp; hồ sơ kết thúc.", "The applicant's withdrawal is recorded; the dossier has ended."], Here(id));

    public async Task<IActionResult> OnPostDeclineWithdrawalAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        After(await UiOutcome.RunAsync(() => DossierEndpoints.DeclineWithdrawal(id, new ReasonRequest(reason ?? ""), User, dossiers, notices, time, cancellationToken)),
            L["Đã trả lời người nộp: không chấp nhận đề nghị rút hồ sơ.", "The applicant is answered: the request to withdraw is declined."], Here(id));

    public async Task<IActionResult> OnPostRefuseAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        After(await UiOutcome.RunAsync(() => DossierEndpoints.Refuse(id, new ReasonRequest(reason ?? ""), User, dossiers, cancellationToken)),
            L["Đã từ chối; in Phiếu từ chối (Mẫu 03).", "Refused; print Form 03."], Here(id));

    /// <summary>
    /// Hands the result over: on paper, or electronically when the desk attaches the result's file (uploaded as
    /// <c>POST /api/uploads</c> does, then <c>hand-over</c> with <c>electronic</c>); the applicant downloads it from
    /// the public lookup.
    /// </summary>
    public async Task<IActionResult> OnPostHandOverAsync(Guid id, [FromServices] IConfiguration configuration, CancellationToken cancellationToken)
    {
        var request = new HandOverRequest("paper");
        if (Request.HasFormContentType && Request.Form.Files.GetFile("file") is { Length: > 0 })
        {
            var upload = UiOutcome.Read(await DeskEndpoints.Upload(Request, User, dossiers.Db, time, configuration, cancellationToken));
            if (upload.As<UploadResponse>() is not { } file)
            {
                return After(upload, "", Here(id));
            }

            request = new HandOverRequest("electronic", file.Id);
        }

        return After(await UiOutcome.RunAsync(() => DossierEndpoints.HandOver(id, request, User, dossiers, cancellationToken)),
            request.Method == "electronic"
                ? L["Đã trả kết quả điện tử; người nộp tải về khi tra cứu.", "Electronic result handed over; the applicant downloads it from the lookup."]
                : L["Đã trả kết quả; hồ sơ kết thúc.", "Result handed over; the dossier is closed."],
            Here(id));
    }

    public async Task<IActionResult> OnPostApologyAsync(Guid id, string? reason, string? newDue, CancellationToken cancellationToken)
    {
        if (!DateTime.TryParseExact(newDue, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            Problem = L["Ngày hẹn mới không hợp lệ.", "The new appointment is not valid."];
            return LocalRedirect(Here(id));
        }

        var at = new DateTimeOffset(local, WorkingCalendar.VietnamOffset);
        return After(await UiOutcome.RunAsync(() => DossierEndpoints.IssueApology(id, new ApologyRequest(reason ?? "", at), User, dossiers, notices, time, cancellationToken)),
            L["Đã ban hành văn bản xin lỗi và hẹn lại (Mẫu 04).", "Apology and new appointment issued (Form 04)."], Here(id));
    }

    public async Task<IActionResult> OnPostFeeAsync(Guid id, long amount, string? method, string? receiptNumber, CancellationToken cancellationToken) =>
        After(await UiOutcome.RunAsync(() => DossierEndpoints.RecordFee(id, new FeeRequest(amount, method ?? "", string.IsNullOrWhiteSpace(receiptNumber) ? null : receiptNumber.Trim()), User, dossiers, time, cancellationToken)),
            L["Đã ghi nhận phí, lệ phí.", "Fee recorded."], Here(id));

    /// <summary>Creates an online payment of the procedure's fee (<c>POST /api/dossiers/{id}/payments</c>); its page's address is shown for the applicant.</summary>
    public async Task<IActionResult> OnPostPaymentAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await UiOutcome.RunAsync(() => PaymentEndpoints.Start(id, null, HttpContext, User, dossiers, cancellationToken));
        return After(outcome,
            L[$"Đã tạo khoản thanh toán trực tuyến; gửi người nộp địa chỉ: {outcome.As<PaymentView>()?.PaymentUrl}",
              $"Online payment created; give the applicant its address: {outcome.As<PaymentView>()?.PaymentUrl}"],
            Here(id));
    }

    private static string Here(Guid id) => $"/ho-so/{id}";
}
