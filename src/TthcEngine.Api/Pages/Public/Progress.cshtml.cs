using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.GreenLane;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Api.Security;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.Public;

/// <summary>
/// The public progress of a green-lane project (the directive asks it to be public and transparent): the procedure, the
/// steps, their units, due instants and states, by the dossier code alone. Only green-lane dossiers show, and nothing of
/// the applicant or of the officers: who holds a step is left out.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AuthSetup.PublicLimit)]
internal sealed class ProgressModel(TthcDbContext db, DossierService service, ProcedureCatalog procedures, WorkingCalendar calendar, TimeProvider time) : UiPageModel
{
    public LaneBoard Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var green = nameof(Lane.GreenLane);
        var record = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Code == code && d.Lane == green, cancellationToken);
        if (record is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Content(L["Không có dự án luồng xanh với mã này.", "No green-lane project has this code."]);
        }

        var view = GreenLaneEndpoints.View(record, await service.LoadStateAsync(record, cancellationToken), calendar, time.GetUtcNow());
        view = view with { Branches = [.. view.Branches.Select(b => b with { Owner = null })] };
        Board = new LaneBoard(view, time.GetUtcNow(), BoardModel.BlockNames(procedures, record.ProcedureCode), ForOfficers: false);
        return Page();
    }
}
