using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.GreenLane;

/// <summary>
/// One green-lane case for its focal point: every step of the green-lane flow as a bar against time, the parallel
/// branches together, with holder and slack, the expedite action (<c>POST /api/green-lane/cases/{id}/expedite</c>'s
/// handler) and the expedites sent so far.
/// </summary>
[Authorize(Roles.FocalPoint)]
internal sealed class BoardModel(DossierCommands dossiers, ProcedureCatalog procedures, WorkingCalendar calendar, TimeProvider time) : UiPageModel
{
    public LaneBoard Board { get; private set; } = null!;

    public IReadOnlyList<ExpediteNote> Expedites { get; private set; } = [];

    public sealed record ExpediteNote(string Step, string Unit, string? Holder, string Message, bool EscalatedToHead);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (UiOutcome.Read(await GreenLaneEndpoints.Case(id, User, dossiers, calendar, time, cancellationToken)).As<GreenLaneCase>() is not { } found)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Content(L["Không tìm thấy hồ sơ luồng xanh.", "No such green-lane case."]);
        }

        var code = await dossiers.Db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => d.ProcedureCode).SingleAsync(cancellationToken);
        Board = new LaneBoard(found, time.GetUtcNow(), BlockNames(procedures, code), ForOfficers: true);
        Expedites = [.. (await dossiers.Db.Notes.AsNoTracking().Where(n => n.DossierId == id && n.Kind == NoteKinds.Expedited).OrderBy(n => n.At).ToListAsync(cancellationToken))
            .Select(n => DossierViews.Read<ExpediteNote>(n.Payload)!)];
        return Page();
    }

    public async Task<IActionResult> OnPostExpediteAsync(Guid id, string step, string? message, CancellationToken cancellationToken)
    {
        var outcome = await UiOutcome.RunAsync(() => GreenLaneEndpoints.Expedite(id, new ExpediteRequest(step, message ?? ""), User, dossiers, time, cancellationToken));
        var escalated = outcome.As<ExpediteResponse>()?.EscalatedToHead == true;
        return After(outcome, escalated
            ? L["Đã đôn đốc; bước quá hạn nên đã báo lãnh đạo đơn vị.", "Expedited; the step is overdue, so the unit's head was told too."]
            : L["Đã đôn đốc đơn vị đang giữ hồ sơ.", "Expedited: the unit holding the step was told."], $"/luong-xanh/{id}");
    }

    /// <summary>The names of the parallel blocks of the procedure's green-lane flow.</summary>
    public static IReadOnlyDictionary<string, string> BlockNames(ProcedureCatalog procedures, string procedureCode) =>
        (procedures.Find(procedureCode)?.GreenLane?.Flow ?? []).OfType<Domain.Workflows.ParallelBlock>().ToDictionary(b => b.Id, b => b.Name, StringComparer.Ordinal);
}
