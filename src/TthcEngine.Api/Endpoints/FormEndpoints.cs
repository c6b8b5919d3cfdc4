using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Forms;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Apologies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// The one-stop forms of Circular 03/2025/TT-VPCP produced from a dossier's data, as print-ready HTML (docs/forms.md):
/// receipt and appointment (01), supplement request (02), refusal (03), apology and extension (04), stop-processing
/// notice (05), control slip (06), and the desk's logbook (07).
/// </summary>
public static class FormEndpoints
{
    private static readonly FormRenderer Renderer = new();

    private static readonly Dictionary<string, FormKind> Kinds = new(StringComparer.Ordinal)
    {
        ["receipt"] = FormKind.Receipt,
        ["supplement-request"] = FormKind.SupplementRequest,
        ["refusal"] = FormKind.Refusal,
        ["apology"] = FormKind.Apology,
        ["stop-notice"] = FormKind.StopNotice,
        ["control-slip"] = FormKind.ControlSlip,
    };

    public static IEndpointRouteBuilder MapFormEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dossiers/{id:guid}/forms/{form}", Form).WithTags("Forms").RequireAuthorization()
            .WithSummary("Biểu mẫu của hồ sơ: receipt, supplement-request, refusal, apology, stop-notice, control-slip (HTML để in)");
        app.MapGet("/api/desk/applications/{id:guid}/forms/refusal", ApplicationRefusal).WithTags("Forms").RequireAuthorization(Roles.Desk)
            .WithSummary("Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03) của hồ sơ nộp trực tuyến đã bị từ chối (HTML để in)");
        app.MapPost("/api/public/applications/refusal-slip", PublicApplicationRefusal).WithTags("Online").AllowAnonymous().RequireRateLimiting(AuthSetup.PublicLimit)
            .WithSummary("Người nộp tải Phiếu từ chối tiếp nhận (Mẫu 03) của hồ sơ nộp trực tuyến, bằng mã và mã tra cứu");
        app.MapGet("/api/desk/logbook", Logbook).WithTags("Forms").RequireAuthorization(Roles.Desk)
            .WithSummary("Sổ theo dõi hồ sơ của bộ phận một cửa theo năm (Mẫu 07)");
        return app;
    }

    private static async Task<IResult> Form(
        Guid id, string form, ClaimsPrincipal user, DossierCommands dossiers, AgencyCatalog agencies, IConfiguration configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Kinds.TryGetValue(form, out var kind))
        {
            return ApiProblem.Create(StatusCodes.Status404NotFound, "form.unknown", $"Không có biểu mẫu '{form}'.",
                $"There is no form '{form}'; use one of {string.Join(", ", Kinds.Keys)}.");
        }

        if (await dossiers.FindAsync(id, Officer.From(user), cancellationToken) is not { } found)
        {
            return ApiProblems.DossierNotFound();
        }

        var (record, state) = found;
        var db = dossiers.Db;
        var notes = await db.Notes.AsNoTracking().Where(n => n.DossierId == id).OrderBy(n => n.At).ToListAsync(cancellationToken);
        var receipt = notes.FirstOrDefault(n => n.Kind == NoteKinds.Documents) is { } r ? DossierViews.Read<ReceiptNote>(r.Payload) : null;
        var desk = agencies.Find(record.ReceivingAgency);
        var agency = agencies.Find(record.Agency);
        var number = await db.Dossiers.CountAsync(
            d => d.ReceivingAgency == record.ReceivingAgency && d.ReceivedAt <= record.ReceivedAt && d.ReceivedAt >= YearStart(record.ReceivedAt), cancellationToken);
        var data = new DossierFormData(
            kind,
            (kind is FormKind.Apology or FormKind.StopNotice ? ProvinceOf(agencies, agency) : agency?.Name ?? record.Agency).ToUpperInvariant(),
            (kind is FormKind.Apology or FormKind.StopNotice ? agency?.Name ?? record.Agency : desk?.DeskName ?? record.ReceivingAgency).ToUpperInvariant(),
            desk?.Place ?? "",
            time.GetUtcNow(),
            record.Code,
            LookupUrl(configuration, record.Code),
            new FormApplicant(record.Applicant.Name, record.Applicant.IdNumber, record.Applicant.Address, record.Applicant.Phone, record.Applicant.Email),
            record.ProcedureCode,
            state.Definition.Name,
            [.. (receipt?.Papers ?? []).Select(p => new FormDocument(p.Name, PaperKinds.Name(p.Kind), p.Quantity, p.ReusedFrom is not null))],
            receipt?.Sets ?? 1,
            LimitWords(state.Definition.LimitOf(state.Lane)),
            record.ReceivedAt,
            record.DueAt,
            receipt?.ReturnPlace ?? desk?.DeskName ?? "",
            state.Definition.Fee?.Amount,
            receipt?.ReceivingOfficer,
            1,
            number);

        data = kind switch
        {
            FormKind.Receipt => data with { IssuedAt = record.ReceivedAt },
            FormKind.SupplementRequest => Supplement(data, notes),
            FormKind.Refusal or FormKind.StopNotice => Refusal(data, notes, state),
            FormKind.Apology => Apology(data, notes, state.Definition),
            _ => ControlSlip(data, state, agency?.Name ?? record.Agency, desk?.DeskName ?? record.ReceivingAgency),
        };
        if (data is null)
        {
            return ApiProblem.Create(StatusCodes.Status409Conflict, "form.not-applicable",
                "Hồ sơ chưa có nội dung cho biểu mẫu này (chưa yêu cầu bổ sung, chưa từ chối hoặc chưa cần xin lỗi).",
                "The dossier has nothing for this form yet (no supplement request, refusal or apology).");
        }

        return Results.Content(Renderer.Render(data), "text/html; charset=utf-8");
    }

    /// <summary>The desk's Form 03 of an online application its agency refused; another agency's is not found.</summary>
    internal static async Task<IResult> ApplicationRefusal(
        Guid id, ClaimsPrincipal user, TthcDbContext db, AgencyCatalog agencies, Infrastructure.Procedures.ProcedureCatalog procedures, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var application = await db.OnlineApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is null || application.Agency != Officer.From(user).Agency
            ? OnlineApplicationEndpoints.NotFound()
            : await ApplicationRefusalAsync(application, db, agencies, procedures, configuration, cancellationToken);
    }

    /// <summary>The applicant's Form 03, by the application's reference and PIN, counted against wrong PINs as the lookup is.</summary>
    internal static async Task<IResult> PublicApplicationRefusal(
        ApplicationLookupRequest body, TthcDbContext db, PinGuesses guesses, AgencyCatalog agencies, Infrastructure.Procedures.ProcedureCatalog procedures, IConfiguration configuration,
        CancellationToken cancellationToken) =>
        await OnlineApplicationEndpoints.FindAsync(body, db, guesses, cancellationToken) is { } application
            ? await ApplicationRefusalAsync(application, db, agencies, procedures, configuration, cancellationToken)
            : await PublicEndpoints.NotFoundAsync(body.Reference, guesses, cancellationToken);

    /// <summary>
    /// Form 03 of an online application refused at receipt: its refusal code, the submission as the time the papers came,
    /// the reason, and the officer who refused it as the receiving officer who signs. The QR code opens the application's
    /// lookup, since no dossier has the code.
    /// </summary>
    private static async Task<IResult> ApplicationRefusalAsync(
        OnlineApplicationRecord application, TthcDbContext db, AgencyCatalog agencies, Infrastructure.Procedures.ProcedureCatalog procedures, IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        if (application is not { State: OnlineApplicationState.Refused, RefusedCode: { } code, DecidedAt: { } refusedAt })
        {
            return ApiProblem.Create(StatusCodes.Status409Conflict, "form.not-applicable",
                $"Hồ sơ nộp trực tuyến {application.Reference} không bị từ chối tiếp nhận nên không có Phiếu từ chối.",
                $"Online application {application.Reference} was not refused, so it has no refusal slip.");
        }

        var agency = agencies.Find(application.Agency);
        var procedure = procedures.Find(application.ProcedureCode);
        var names = procedure?.Documents.ToDictionary(d => d.Id, d => d.Name) ?? [];
        var officer = application.DecidedBy is { } userName
            ? await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken) ?? userName
            : null;
        var applicant = application.Applicant;
        var data = new DossierFormData(
            FormKind.Refusal,
            (agency?.Name ?? application.Agency).ToUpperInvariant(),
            (agency?.DeskName ?? application.Agency).ToUpperInvariant(),
            agency?.Place ?? "",
            refusedAt,
            code,
            $"{PublicBaseUrl(configuration)}/nop-truc-tuyen/tra-cuu?ma={Uri.EscapeDataString(application.Reference)}",
            new FormApplicant(applicant.Name, applicant.IdNumber, applicant.Address, applicant.Phone, applicant.Email),
            application.ProcedureCode,
            procedure?.Name ?? application.ProcedureCode,
            [.. OnlineApplicationPaper.Read(application.Papers).Select(p => new FormDocument(names.GetValueOrDefault(p.DocumentId, p.DocumentId), PaperKinds.Name("electronic"), 1, p.ReusedFrom is not null))],
            1,
            procedure is null ? "" : LimitWords(procedure.StatutoryLimit),
            application.SubmittedAt,
            null,
            agency?.DeskName ?? "",
            null,
            officer,
            null,
            null)
        {
            Reason = application.RefusalReason,
            ContactOfficer = officer,
            SignerName = officer,
        };
        return Results.Content(Renderer.Render(data), "text/html; charset=utf-8");
    }

    private static DossierFormData? Supplement(DossierFormData data, List<DossierNoteRecord> notes)
    {
        if (notes.LastOrDefault(n => n.Kind == NoteKinds.SupplementRequested) is not { } note)
        {
            return null;
        }

        var request = DossierViews.Read<SupplementNote>(note.Payload)!;
        return data with
        {
            IssuedAt = note.At,
            SupplementItems = [.. request.Items.Select(i => new FormDocument(i.Name, PaperKinds.Name(i.Kind), i.Quantity))],
            Reason = request.Reason,
            ContactOfficer = request.Officer,
        };
    }

    private static DossierFormData? Refusal(DossierFormData data, List<DossierNoteRecord> notes, WorkflowState state)
    {
        if (notes.LastOrDefault(n => n.Kind == NoteKinds.Refused) is not { } note)
        {
            return null;
        }

        var refusal = DossierViews.Read<RefusalNote>(note.Payload)!;
        var stage = DossierViews.Timeline(state).LastOrDefault();
        return data with
        {
            IssuedAt = note.At,
            Reason = refusal.Reason,
            ContactOfficer = refusal.Officer,
            SignerName = refusal.Officer,
            StageReached = stage?.Name,
            FeeHandling = "Trả lại hồ sơ cho tổ chức, cá nhân; hoàn trả phí, lệ phí đã nộp (nếu có) theo quy định.",
        };
    }

    private static DossierFormData? Apology(DossierFormData data, List<DossierNoteRecord> notes, ProcedureDefinition definition)
    {
        var note = notes.LastOrDefault(n => n.Kind == NoteKinds.ApologyIssued) ?? notes.LastOrDefault(n => n.Kind == NoteKinds.ApologyPrepared);
        if (note is null)
        {
            return null;
        }

        var apology = DossierViews.Read<ApologyNote>(note.Payload)!;
        return data with
        {
            IssuedAt = note.At,
            Reason = apology.Reason,
            OriginalDueAt = apology.OriginalDueAt,
            NewDueAt = apology.NewDueAt,
            UnitAtFault = string.Join(", ", apology.UnitsAtFault.Select(u => ProcedureNames.UnitName(definition, u))),
            SignerTitle = "THỦ TRƯỞNG CƠ QUAN",
            SignerName = apology.Signer,
        };
    }

    /// <summary>Each activation of a step is a hand-off to its unit, from the unit that held the dossier before.</summary>
    private static DossierFormData ControlSlip(DossierFormData data, WorkflowState state, string agency, string deskName)
    {
        var timeline = DossierViews.Timeline(state);
        var handoffs = new List<FormHandoff>();
        var from = deskName;
        string? fromOfficer = data.ReceivingOfficer;
        foreach (var step in timeline)
        {
            var unit = ProcedureNames.UnitName(state.Definition, step.Unit);
            handoffs.Add(new FormHandoff(from, fromOfficer, unit, step.Officer, step.ActivatedAt, step.Timeliness, step.Opinion));
            if (step.CompletedAt is not null)
            {
                from = unit;
                fromOfficer = step.Officer;
            }
        }

        return data with
        {
            ProcessingAgency = agency,
            CoordinatingAgencies = [.. state.Definition.Units.Where(u => u.External).Select(u => u.Name)],
            Handoffs = handoffs,
        };
    }

    private static async Task<IResult> Logbook(
        ClaimsPrincipal user, TthcDbContext db, AgencyCatalog agencies, Infrastructure.Procedures.ProcedureCatalog procedures, CancellationToken cancellationToken, int? year = null)
    {
        var officer = Officer.From(user);
        if (agencies.Find(officer.Agency) is not { } desk)
        {
            return ApiProblems.NotYours("sổ theo dõi");
        }

        if (year is not { } y || y is < 2000 or > 2100)
        {
            return ApiProblem.Invalid("logbook.year", "Cần năm của sổ (year=2026).", "Give the logbook's year (year=2026).");
        }

        var start = new DateTimeOffset(y, 1, 1, 0, 0, 0, WorkingCalendar.VietnamOffset);
        var end = start.AddYears(1);
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceivingAgency == desk.Id && d.ReceivedAt >= start && d.ReceivedAt < end)
            .OrderBy(d => d.ReceivedAt)
            .Take(20_000)
            .ToListAsync(cancellationToken);
        var entries = rows.Select((d, i) => new LogbookEntry(
            i + 1,
            d.Code,
            procedures.Find(d.ProcedureCode)?.Name ?? d.ProcedureCode,
            1,
            d.Applicant.Name,
            string.Join(", ", new[] { d.Applicant.Address, d.Applicant.Phone }.Where(s => !string.IsNullOrWhiteSpace(s))),
            agencies.Find(d.Agency)?.Name ?? d.Agency,
            d.ReceivedAt,
            d.ExtendedDueAt ?? d.DueAt,
            d.Agency == d.ReceivingAgency ? null : d.ReceivedAt,
            d.ResultReadyAt,
            d.Outcome == "Granted" ? d.FinishedAt : null,
            d.Outcome switch { "Refused" => "Từ chối", "Withdrawn" => "Rút hồ sơ", _ => null })).ToList();
        var html = Renderer.RenderLogbook(new LogbookData(
            agencies.ProvinceOf(desk).Name.ToUpperInvariant(), desk.DeskName.ToUpperInvariant(), y, 1, entries));
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static DateTimeOffset YearStart(DateTimeOffset at) =>
        new(WorkingCalendar.ToVietnam(at).Date.Year, 1, 1, 0, 0, 0, WorkingCalendar.VietnamOffset);

    private static string ProvinceOf(AgencyCatalog agencies, AgencyDefinition? agency) =>
        agency is null ? "" : agencies.ProvinceOf(agency).Name;

    /// <summary>The public lookup address the QR code holds: the code only, never the PIN.</summary>
    private static string LookupUrl(IConfiguration configuration, string code) =>
        $"{PublicBaseUrl(configuration)}/tra-cuu?ma={Uri.EscapeDataString(code)}";

    private static string PublicBaseUrl(IConfiguration configuration) => (configuration["Public:BaseUrl"] ?? "http://127.0.0.1:5080").TrimEnd('/');

    /// <summary>The statutory limit in words, as the receipt prints it.</summary>
    internal static string LimitWords(TimeLimit limit) => limit.Unit switch
    {
        LimitUnit.SameDay => "Trong ngày",
        LimitUnit.WorkingDays => $"{limit.Amount.ToString("00", CultureInfo.InvariantCulture)} ngày làm việc",
        LimitUnit.WorkingHours => $"{limit.Amount.ToString("00", CultureInfo.InvariantCulture)} giờ làm việc",
        _ => $"{limit.Amount.ToString("00", CultureInfo.InvariantCulture)} ngày",
    };

    private sealed record SupplementNote(IReadOnlyList<Client.Models.SupplementItem> Items, string Reason, string? Officer);

    private sealed record RefusalNote(string Reason, string? Officer);
}
