using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.Desk;

/// <summary>
/// The one-stop desk's start page: find a procedure by name or code, accents optional (the same search as
/// <c>GET /api/procedures?q=</c>), the dossiers waiting at the desk (forwarding, hand-over of results), and how many
/// online applications wait to be received.
/// </summary>
[Authorize(Roles.Desk)]
internal sealed class IndexModel(ProcedureCatalog procedures, TthcDbContext db, WorkingCalendar calendar, TimeProvider time) : UiPageModel
{
    public string? Q { get; private set; }

    public IReadOnlyList<ProcedureDefinition> Found { get; private set; } = [];

    /// <summary>The current year in Vietnam, for the desk's logbook (Form 07).</summary>
    public int Year => WorkingCalendar.ToVietnam(time.GetUtcNow()).Date.Year;

    public IReadOnlyList<WorklistItem> AtDesk { get; private set; } = [];

    /// <summary>The online applications to this desk's agency waiting to be received or refused.</summary>
    public int OnlineWaiting { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Q = q;
        if (!string.IsNullOrWhiteSpace(q))
        {
            Found = [.. ProcedureEndpoints.List(procedures, q).Value!.Select(p => procedures.Find(p.Code)!)];
        }

        var worklist = await DossierEndpoints.Worklist(null, User, db, calendar, time, procedures, cancellationToken);
        AtDesk = [.. worklist.Value!.Where(w => w.Role == "desk")];
        var agency = Me.Agency;
        OnlineWaiting = await db.OnlineApplications.CountAsync(a => a.Agency == agency && a.State == OnlineApplicationState.Submitted, cancellationToken);
    }
}
