using Microsoft.AspNetCore.Authorization;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.GreenLane;

/// <summary>The focal point's open green-lane cases (<c>GET /api/green-lane/cases</c>'s handler), the late ones first.</summary>
[Authorize(Roles.FocalPoint)]
internal sealed class IndexModel(TthcDbContext db, DossierService service, ProcedureCatalog procedures, WorkingCalendar calendar, TimeProvider time) : UiPageModel
{
    public IReadOnlyList<GreenLaneCase> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cases = UiOutcome.Read(await GreenLaneEndpoints.Cases(User, db, service, procedures, calendar, time, cancellationToken)).As<IReadOnlyList<GreenLaneCase>>() ?? [];
}
