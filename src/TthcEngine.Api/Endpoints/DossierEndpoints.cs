using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Apologies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// A dossier's life after receipt: its detail, the actions of its steps (claim, complete, return, consult), supplement
/// requests, refusal, fees, the apology and extension, and the hand-over of the result.
/// </summary>
public static class DossierEndpoints
{
    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization();
        dossiers.MapGet("/{id:guid}", Get).WithSummary("Chi tiết hồ sơ (a dossier, its timeline, papers and notes)");
        dossiers.MapGet("/by-code/{code}", GetByCode).WithSummary("Tìm hồ sơ theo mã (find a dossier by its code)");

        var steps = dossiers.MapGroup("/{id:guid}/steps/{stepId}");
        steps.MapPost("/claim", Claim).WithSummary("Nhận xử lý bước (claim a step)");
        steps.MapPost("/complete", Complete).WithSummary("Hoàn thành bước, kèm ý kiến (complete a step; Idempotency-Key honoured)");
        steps.MapPost("/return", Return).WithSummary("Trả lại bước trước để xử lý lại (return for rework)");
        steps.MapPost("/consult", Consult).WithSummary("Lấy ý kiến cơ quan phối hợp (ask other agencies, liên thông)");

        dossiers.MapPost("/{id:guid}/supplement-request", RequestSupplement).WithSummary("Yêu cầu bổ sung, hoàn thiện hồ sơ (Form 02; the clock stops)");
        dossiers.MapPost("/{id:guid}/supplement-accepted", AcceptSupplement).WithSummary("Nhận hồ sơ bổ sung (the count restarts)");
        dossiers.MapPost("/{id:guid}/refuse", Refuse).WithSummary("Từ chối giải quyết, nêu lý do (Forms 03/05)");
        dossiers.MapPost("/{id:guid}/withdrawal-request/decline", DeclineWithdrawal)
            .WithSummary("Không chấp nhận đề nghị rút hồ sơ của người nộp, có lý do (the applicant is told; they may ask again)");
        dossiers.MapPost("/{id:guid}/withdraw", Withdraw).WithSummary("Rút hồ sơ theo đề nghị của người nộp (the dossier ends; national status 7)");
        dossiers.MapPost("/{id:guid}/fee", RecordFee).WithSummary("Ghi nhận phí, lệ phí đã thu");
        dossiers.MapPost("/{id:guid}/hand-over", HandOver).WithSummary("Trả kết quả và kết thúc hồ sơ (paper or electronic result)");
        dossiers.MapPost("/{id:guid}/apology", IssueApology).WithSummary("Văn bản xin lỗi và đề nghị gia hạn (Form 04; one new appointment)");

        app.MapGet("/api/worklist", Worklist).WithTags("Dossiers").RequireAuthorization(Roles.Specialist)
            .WithSummary("Việc của đơn vị tôi, theo hạn xử lý; mine=true: việc tôi đang giữ (my unit's active steps by due instant; mine=true: the steps I hold)");
        app.MapGet("/api/worklist/agency", AgencyWorklist).WithTags("Dossiers").RequireAuthorization(Roles.Leader)
            .WithSummary("Việc của cả cơ quan, ai đang giữ, việc chưa giao (?unclaimed=true) để phân công (leader)");
        return app;
    }

    internal static async Task<IResult> Get(Guid id, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        if (await dossiers.FindAsync(id, Officer.From(user), cancellationToken) is not { } found)
        {
            return ApiProblems.DossierNotFound();
        }

        return TypedResults.Ok(await DossierViews.OfficerViewAsync(dossiers.Db, found.Record, found.State, cancellationToken));
    }

    private static async Task<IResult> GetByCode(string code, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        if (!DossierCode.TryParse(code.Trim(), out var parsed))
        {
            return ApiProblems.DossierNotFound();
        }

        var normal = parsed.ToString();
        var id = await dossiers.Db.Dossiers.AsNoTracking().Where(d => d.Code == normal).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken);
        return id is null ? ApiProblems.DossierNotFound() : await Get(id.Value, user, dossiers, cancellationToken);
    }

    private static IResult? MayActOn(DossierAccess access, Officer officer, DossierRecord record, WorkflowState state, string stepId) =>
        state.ActiveStep(stepId) is { } step && !access.CanActOn(officer, record, step) ? ApiProblems.NotYours($"bước {stepId}") : null;

    internal static Task<IResult> Claim(Guid id, string stepId, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        return dossiers.RunAsync(
            id, officer, (record, state) => MayActOn(dossiers.Access, officer, record, state, stepId),
            (now, _) => [new ClaimStep(now, stepId, officer.UserName)], null, cancellationToken);
    }

    internal static async Task<IResult> Complete(
        Guid id, string stepId, CompleteRequest body, HttpContext http, ClaimsPrincipal user, DossierCommands dossiers, Idempotency idempotency, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (body.Opinion is { Length: > 4000 })
        {
            return ApiProblem.Invalid("complete.opinion", "Ý kiến dài quá 4.000 ký tự.", "The opinion is longer than 4,000 characters.");
        }

        var (key, keyProblem) = Idempotency.Read(http, $"complete:{id}:{stepId}", officer.UserName, body);
        if (keyProblem is not null)
        {
            return keyProblem;
        }

        if (key is not null && await idempotency.ReplayAsync(key, cancellationToken) is { } replay)
        {
            return replay;
        }

        try
        {
            return await dossiers.RunAsync(
                id,
                officer,
                (record, state) => MayActOn(dossiers.Access, officer, record, state, stepId),
                (now, _) => [new CompleteStep(now, stepId, officer.UserName, body.Opinion)],
                null,
                cancellationToken,
                key,
                idempotency);
        }
        catch (Exception e) when (key is not null && e is ConcurrentChangeException or DbUpdateException or DomainRuleException { Code: "step.not-active" })
        {
            // The same key arrived twice at once and the other request completed the step first: answer as it did.
            dossiers.Db.ChangeTracker.Clear();
            if (await idempotency.ReplayAsync(key, CancellationToken.None) is { } earlier)
            {
                return earlier;
            }

            throw;
        }
    }

    /// <summary>Returns the step to an earlier one for rework; the officer who did the earlier step last is told why.</summary>
    internal static Task<IResult> Return(Guid id, string stepId, ReturnRequest body, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        WorkflowState? before = null;
        return dossiers.RunAsync(
            id,
            officer,
            (record, state) =>
            {
                before = state;
                return MayActOn(dossiers.Access, officer, record, state, stepId);
            },
            (now, _) => [new ReturnForRework(now, stepId, body.ToStepId ?? "", officer.UserName, body.Reason ?? "")],
            (row, happened) =>
            {
                foreach (var returned in happened.OfType<StepReturned>())
                {
                    var doneBy = DossierViews.Timeline(before!).LastOrDefault(t => t.StepId == returned.ToStepId && t.CompletedAt is not null)?.Officer;
                    if (doneBy is not null && doneBy != officer.UserName)
                    {
                        OfficerNotices.Add(dossiers.Db, [doneBy], OfficerNoticeKinds.StepReturned, row.Id, row.Code, returned.ToStepId,
                            OfficerNotices.Returned(
                                row.Code, ProcedureNames.StepName(before!.Definition, returned.ToStepId, ""), officer.Signature,
                                returned.Reason),
                            returned.At, returned.At);
                    }
                }
            },
            cancellationToken);
    }

    private static Task<IResult> Consult(Guid id, string stepId, ConsultRequest body, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        return dossiers.RunAsync(
            id, officer, (record, state) => MayActOn(dossiers.Access, officer, record, state, stepId),
            (now, _) => [new ConsultAgencies(now, stepId, body.Units ?? [], officer.UserName)], null, cancellationToken);
    }

    internal static async Task<IResult> RequestSupplement(Guid id, SupplementRequest body, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        var check = new RequestCheck();
        check.Require(body.Items is { Count: > 0 and <= 50 }, "items", "supplement.items",
            "Cần liệt kê giấy tờ phải bổ sung (1 đến 50 mục).", "List the papers to add or correct (1 to 50 items).");
        check.Require(!string.IsNullOrWhiteSpace(body.Reason) && body.Reason.Length <= 2000, "reason", "supplement.reason",
            "Cần nêu lý do yêu cầu bổ sung.", "Give the reason for the supplement request.");
        foreach (var item in body.Items ?? [])
        {
            check.Require(!string.IsNullOrWhiteSpace(item.Name) && item.Name.Length <= 500 && item.Quantity is >= 1 and <= 100 && ReceiveCheck.Kinds.Contains(item.Kind ?? ""),
                "items", "supplement.item", "Mỗi mục cần tên giấy tờ, loại và số lượng hợp lệ.", "Each item needs a name, a valid kind and quantity.");
        }

        if (check.Failed)
        {
            return check.Problem();
        }

        return await dossiers.RunAsync(
            id,
            officer,
            (record, state) => dossiers.Access.IsDeskOf(officer, record) || state.Active.Any(a => a.Role != Role.Desk && dossiers.Access.CanActOn(officer, record, a))
                ? null
                : ApiProblems.NotYours("yêu cầu bổ sung"),
            (now, _) => [new PauseWorkflow(now, PauseReason.AwaitingSupplement)],
            (record, events) => dossiers.Note(record.Id, NoteKinds.SupplementRequested, events[0].At, officer.UserName, new { body.Items, body.Reason, officer = officer.FullName }),
            cancellationToken);
    }

    internal static Task<IResult> AcceptSupplement(Guid id, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        return dossiers.RunAsync(
            id,
            officer,
            (record, _) => dossiers.Access.IsDeskOf(officer, record) ? null : ApiProblems.NotYours("nhận hồ sơ bổ sung"),
            (now, _) => [new ResumeWorkflow(now)],
            (record, events) => dossiers.Note(record.Id, NoteKinds.SupplementAccepted, events[0].At, officer.UserName, new { officer = officer.FullName }),
            cancellationToken);
    }

    internal static async Task<IResult> Refuse(Guid id, ReasonRequest body, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 2000)
        {
            return ApiProblem.Invalid("refuse.reason", "Từ chối phải nêu rõ lý do (tối đa 2.000 ký tự).", "A refusal needs its reason (at most 2,000 characters).");
        }

        return await dossiers.RunAsync(
            id,
            officer,
            (record, _) => (officer.Is(Roles.Desk) && officer.Agency == record.Agency) || dossiers.Access.IsLeaderOf(officer, record) ? null : ApiProblems.NotYours("từ chối"),
            (now, _) => [new FinishWorkflow(now, Outcome.Refused, officer.UserName, body.Reason)],
            (record, events) => dossiers.Note(record.Id, NoteKinds.Refused, events[0].At, officer.UserName, new { body.Reason, officer = officer.FullName }),
            cancellationToken);
    }

    /// <summary>
    /// Rút hồ sơ: the applicant asked (in writing, at the desk) to withdraw the dossier before its result is ready. The
    /// dossier's desk records it with the request's reason; the open steps are cancelled, the dossier ends withdrawn
    /// (national status 7) and is judged on time or late at that moment (Decision 766).
    /// </summary>
    internal static async Task<IResult> Withdraw(Guid id, ReasonRequest body, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 2000)
        {
            return ApiProblem.Invalid("withdraw.reason", "Rút hồ sơ phải ghi nội dung đề nghị của người nộp (tối đa 2.000 ký tự).",
                "A withdrawal needs the applicant's request (at most 2,000 characters).");
        }

        var request = body.Reason.Trim();
        return await dossiers.RunAsync(
            id,
            officer,
            (record, _) => dossiers.Access.IsDeskOf(officer, record) ? null : ApiProblems.NotYours("rút hồ sơ"),
            (now, _) => [new FinishWorkflow(now, Outcome.Withdrawn, officer.UserName, request)],
            (record, events) => dossiers.Note(record.Id, NoteKinds.Withdrawn, events[0].At, officer.UserName, new { Reason = request, officer = officer.FullName }),
            cancellationToken);
    }

    /// <summary>
    /// The desk's answer to the applicant's online request to withdraw, when it does not withdraw the dossier (the
    /// applicant took it back by phone, or the result is ready): a note with the reason, and a notice to the applicant in
    /// the same transaction. The request no longer waits; the applicant may ask again.
    /// </summary>
    internal static async Task<IResult> DeclineWithdrawal(
        Guid id, ReasonRequest body, ClaimsPrincipal user, DossierCommands dossiers, ApplicantNotices notices, TimeProvider time, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (string.IsNullOrWhiteSpace(body?.Reason) || body.Reason.Length > 2000)
        {
            return ApiProblem.Invalid("withdrawal-decline.reason", "Cần ghi lý do không chấp nhận đề nghị rút hồ sơ (tối đa 2.000 ký tự).",
                "A reason for declining the request to withdraw is required (at most 2,000 characters).");
        }

        if (await dossiers.FindAsync(id, officer, cancellationToken) is not { } found)
        {
            return ApiProblems.DossierNotFound();
        }

        var record = found.Record;
        if (!dossiers.Access.IsDeskOf(officer, record))
        {
            return ApiProblems.NotYours("trả lời đề nghị rút hồ sơ");
        }

        if (record.FinishedAt is not null || await WithdrawalRequests.WaitingAsync(dossiers.Db, id, cancellationToken) is null)
        {
            return ApiProblem.Create(StatusCodes.Status409Conflict, "withdrawal-request.none",
                "Không có đề nghị rút hồ sơ nào đang chờ trả lời.", "No request to withdraw is waiting for an answer.");
        }

        var now = time.GetUtcNow();
        var reason = body.Reason.Trim();
        dossiers.Note(id, NoteKinds.WithdrawalDeclined, now, officer.UserName, new { Reason = reason, officer = officer.FullName });
        notices.Queue(dossiers.Db, NoticeRecipient.Of(record), NoticeKinds.WithdrawalDeclined,
            NoticeTexts.WithdrawalDeclined(record.Code, notices.DeskName(record.ReceivingUnit), reason, notices.Options.LookupUrl), now, now);
        await dossiers.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new NoteView(NoteKinds.WithdrawalDeclined, now, officer.UserName, DossierViews.Payload(new { Reason = reason, officer = officer.FullName })));
    }

    internal static async Task<IResult> RecordFee(Guid id, FeeRequest body, ClaimsPrincipal user, DossierCommands dossiers, TimeProvider time, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        var check = new RequestCheck();
        check.Require(body.Amount is > 0 and <= 10_000_000_000, "amount", "fee.amount", "Số tiền phải lớn hơn 0.", "The amount must be positive.");
        check.Require(body.Method is "cash" or "transfer" or "online", "method", "fee.method", "Hình thức nộp: cash, transfer hoặc online.", "The method must be cash, transfer or online.");
        check.Require(body.ReceiptNumber is null || body.ReceiptNumber.Length <= 64, "receiptNumber", "fee.receipt", "Số biên lai quá dài.", "The receipt number is too long.");
        if (check.Failed)
        {
            return check.Problem();
        }

        if (await dossiers.FindAsync(id, officer, cancellationToken) is not { } found)
        {
            return ApiProblems.DossierNotFound();
        }

        if (!dossiers.Access.IsDeskOf(officer, found.Record))
        {
            return ApiProblems.NotYours("thu phí");
        }

        var now = time.GetUtcNow();
        dossiers.Note(id, NoteKinds.Fee, now, officer.UserName, new { body.Amount, body.Method, body.ReceiptNumber });
        await dossiers.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new NoteView(NoteKinds.Fee, now, officer.UserName, DossierViews.Payload(body)));
    }

    internal static async Task<IResult> HandOver(Guid id, HandOverRequest body, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (body.Method is not ("paper" or "electronic"))
        {
            return ApiProblem.Invalid("hand-over.method", "Hình thức trả kết quả: paper hoặc electronic.", "The method must be paper or electronic.");
        }

        if (body.Method == "electronic" && !await ResultFileIsOfTheDossiersAgenciesAsync(dossiers, id, body.ResultUploadId, cancellationToken))
        {
            return ApiProblem.Invalid("hand-over.result-file",
                "Trả kết quả điện tử cần tệp kết quả do cán bộ của cơ quan giải quyết hoặc nơi tiếp nhận tải lên.",
                "An electronic hand-over needs a result file uploaded by an officer of the competent or the receiving agency.");
        }

        return await dossiers.RunAsync(
            id,
            officer,
            (record, _) => dossiers.Access.IsDeskOf(officer, record) ? null : ApiProblems.NotYours("trả kết quả"),
            (now, state) => HandOverCommands(state, officer, now),
            (record, events) => dossiers.Note(record.Id, NoteKinds.HandedOver, events[^1].At, officer.UserName, new { body.Method, body.ResultUploadId, body.ResultNumber }),
            cancellationToken);
    }

    /// <summary>
    /// An electronic result must be a file uploaded by an officer of the dossier's competent or receiving agency: never
    /// another agency's upload (which could hold someone else's papers).
    /// </summary>
    private static async Task<bool> ResultFileIsOfTheDossiersAgenciesAsync(DossierCommands dossiers, Guid id, Guid? uploadId, CancellationToken cancellationToken)
    {
        if (uploadId is not { } upload)
        {
            return false;
        }

        var db = dossiers.Db;
        var agencies = await db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Agency, d.ReceivingAgency }).SingleOrDefaultAsync(cancellationToken);
        return agencies is not null && await db.StoredFiles.AsNoTracking()
            .Where(f => f.Id == upload)
            .Join(db.Users, f => f.UploadedBy, u => u.UserName, (f, u) => u.Agency)
            .AnyAsync(agency => agency == agencies.Agency || agency == agencies.ReceivingAgency, cancellationToken);
    }

    /// <summary>The last desk step (trả kết quả), claimed if nobody holds it, completed; then the dossier ends granted.</summary>
    private static List<WorkflowCommand> HandOverCommands(WorkflowState state, Officer officer, DateTimeOffset now)
    {
        var commands = new List<WorkflowCommand>();
        foreach (var step in state.Active.Where(a => a.Role == Role.Desk))
        {
            if (step.ClaimedBy is null)
            {
                commands.Add(new ClaimStep(now, step.Ref.StepId, officer.UserName));
            }

            commands.Add(new CompleteStep(now, step.Ref.StepId, officer.UserName, "Trả kết quả"));
        }

        commands.Add(new FinishWorkflow(now, Outcome.Granted, officer.UserName));
        return commands;
    }

    internal static async Task<IResult> IssueApology(
        Guid id, ApologyRequest body, ClaimsPrincipal user, DossierCommands dossiers, ApplicantNotices notices, TimeProvider time, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 2000)
        {
            return ApiProblem.Invalid("apology.reason", "Văn bản xin lỗi phải nêu lý do chậm (tối đa 2.000 ký tự).", "The apology needs the reason for the delay.");
        }

        DateTimeOffset? original = null;
        string[] unitsAtFault = [];
        return await dossiers.RunAsync(
            id,
            officer,
            (record, state) =>
            {
                if (!dossiers.Access.IsLeaderOf(officer, record))
                {
                    return ApiProblems.NotYours("văn bản xin lỗi");
                }

                if (record.ExtendedDueAt is not null)
                {
                    return ApiProblem.Create(StatusCodes.Status409Conflict, "apology.already-issued",
                        "Hồ sơ đã được hẹn lại một lần; chỉ được hẹn lại một lần.", "The dossier already has its one new appointment.");
                }

                if (record.ResultReadyAt is not null || record.FinishedAt is not null)
                {
                    return ApiProblem.Invalid("apology.not-open", "Hồ sơ đã có kết quả; không cần văn bản xin lỗi.", "The dossier already has its result.");
                }

                if (state.OpenPause is not null || record.DueAt is null)
                {
                    return ApiProblem.Invalid("apology.paused", "Hồ sơ đang chờ tổ chức, cá nhân; thời hạn đang tạm dừng.",
                        "The dossier waits for the applicant; its count is stopped.");
                }

                if (!state.Calendar.IsWorkingInstant(body.NewDueAt))
                {
                    return ApiProblem.Invalid("apology.new-date-not-working", "Ngày hẹn mới phải trong giờ làm việc của một ngày làm việc.",
                        "The new appointment must be within office hours of a working day.");
                }

                var now = time.GetUtcNow();
                if (body.NewDueAt <= record.DueAt || body.NewDueAt <= now)
                {
                    return ApiProblem.Invalid("apology.new-date", "Ngày hẹn mới phải sau ngày hẹn ban đầu và sau thời điểm hiện tại.",
                        "The new appointment must be after the original one and after now.");
                }

                original = record.DueAt;
                unitsAtFault = [.. UnitsAtFault(state, now)];
                return null;
            },
            (_, _) => [],
            (record, _) =>
            {
                var now = time.GetUtcNow();
                record.ExtendedDueAt = body.NewDueAt;
                dossiers.Note(record.Id, NoteKinds.ApologyIssued, now, officer.UserName, new ApologyNote(body.Reason, original!.Value, body.NewDueAt, unitsAtFault, officer.FullName));

                // The one-stop unit tells the applicant the new date (Decree 61/2018 Art. 19(9)), with the apology.
                notices.Queue(dossiers.Db, NoticeRecipient.Of(record), NoticeKinds.Apology,
                    NoticeTexts.Apology(record.Code, notices.AgencyName(record.Agency), body.Reason, original.Value, body.NewDueAt), now, now);
            },
            cancellationToken);
    }

    /// <summary>The units holding the steps that overran their budgets, or else those holding the dossier now.</summary>
    internal static IEnumerable<string> UnitsAtFault(WorkflowState state, DateTimeOffset now)
    {
        var overdue = state.OverdueAt(now).Select(a => a.Unit).Distinct(StringComparer.Ordinal).ToList();
        return overdue.Count > 0 ? overdue : state.Active.Select(a => a.Unit).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// The unit's open steps the officer may act on (a desk officer: also the desk steps of the dossiers its desk
    /// received), by due instant, at most 500; with <paramref name="mine"/> every step the officer holds, whatever its unit.
    /// </summary>
    internal static async Task<Ok<IReadOnlyList<WorklistItem>>> Worklist(
        bool? mine, ClaimsPrincipal user, TthcDbContext db, WorkingCalendar calendar, TimeProvider time, Infrastructure.Procedures.ProcedureCatalog procedures,
        CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (mine == true)
        {
            // Every step the officer holds, whatever its unit: a step given to them, or kept after a move to another unit.
            return TypedResults.Ok(await WorklistAsync(db, x => x.Step.ClaimedBy == officer.UserName, calendar, time, procedures, cancellationToken));
        }

        var roles = new List<string>();
        if (officer.Is(Roles.Specialist))
        {
            roles.Add(nameof(Role.Specialist));
        }

        if (officer.Is(Roles.Leader))
        {
            roles.Add(nameof(Role.Leader));
        }

        var desk = officer.Is(Roles.Desk);
        return TypedResults.Ok(await WorklistAsync(
            db,
            x => (x.Dossier.Agency == officer.Agency && x.Step.Unit == officer.Unit && roles.Contains(x.Step.Role))
                || (desk && x.Step.Role == nameof(Role.Desk) && (x.Dossier.Agency == officer.Agency || x.Dossier.ReceivingAgency == officer.Agency)),
            calendar,
            time,
            procedures,
            cancellationToken));
    }

    /// <summary>
    /// The open steps of every unit of the leader's agency, desk steps of the dossiers its desk received included, by due
    /// instant (at most 500): who holds what, and with <paramref name="unclaimed"/> only what nobody holds, to give it to
    /// someone (<c>POST …/steps/{step}/assign</c>).
    /// </summary>
    internal static async Task<Ok<IReadOnlyList<WorklistItem>>> AgencyWorklist(
        bool? unclaimed, ClaimsPrincipal user, TthcDbContext db, WorkingCalendar calendar, TimeProvider time, Infrastructure.Procedures.ProcedureCatalog procedures,
        CancellationToken cancellationToken)
    {
        var agency = Officer.From(user).Agency;
        var free = unclaimed == true;
        return TypedResults.Ok(await WorklistAsync(
            db,
            x => (x.Dossier.Agency == agency || (x.Step.Role == nameof(Role.Desk) && x.Dossier.ReceivingAgency == agency)) && (!free || x.Step.ClaimedBy == null),
            calendar,
            time,
            procedures,
            cancellationToken));
    }

    /// <summary>An open step with its dossier, as the worklists filter them.</summary>
    internal sealed class StepOfDossier
    {
        public required OpenStepRecord Step { get; init; }

        public required DossierRecord Dossier { get; init; }
    }

    /// <summary>The open steps that <paramref name="filter"/> keeps, by due instant, at most 500, as worklist rows.</summary>
    private static async Task<IReadOnlyList<WorklistItem>> WorklistAsync(
        TthcDbContext db,
        Expression<Func<StepOfDossier, bool>> filter,
        WorkingCalendar calendar,
        TimeProvider time,
        Infrastructure.Procedures.ProcedureCatalog procedures,
        CancellationToken cancellationToken)
    {
        var rows = await db.OpenSteps.AsNoTracking()
            .Join(db.Dossiers.AsNoTracking(), s => s.DossierId, d => d.Id, (s, d) => new StepOfDossier { Step = s, Dossier = d })
            .Where(filter)
            .OrderBy(x => x.Step.DueAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        return Items([.. rows.Select(x => (x.Step, x.Dossier))], calendar, time, procedures);
    }

    private static IReadOnlyList<WorklistItem> Items(
        IReadOnlyList<(OpenStepRecord Step, DossierRecord Dossier)> rows, WorkingCalendar calendar, TimeProvider time, Infrastructure.Procedures.ProcedureCatalog procedures)
    {
        var now = time.GetUtcNow();
        return [.. rows.Select(x =>
        {
            var procedure = procedures.Find(x.Dossier.ProcedureCode);
            var due = x.Step.DueAt;
            var status = due is not { } d ? "paused" : now > d ? "overdue" : x.Step.DueSoonAt is { } soon && now >= soon ? "dueSoon" : "onTrack";
            var remaining = due is not { } dueAt ? 0
                : now <= dueAt ? (long)calendar.Elapsed(now, dueAt).TotalMinutes
                : -(long)calendar.Elapsed(dueAt, now).TotalMinutes;
            return new WorklistItem(
                x.Dossier.Id,
                x.Dossier.Code,
                x.Dossier.ProcedureCode,
                procedure?.Name ?? x.Dossier.ProcedureCode,
                x.Step.StepId,
                procedure is null ? x.Step.StepId : ProcedureNames.StepName(procedure, x.Step.StepId, x.Step.Unit),
                x.Step.Unit,
                DossierViews.Camel(x.Step.Role),
                x.Step.ActivatedAt,
                due,
                status,
                remaining,
                x.Step.ClaimedBy,
                x.Dossier.Lane == nameof(Lane.GreenLane));
        })];
    }
}
