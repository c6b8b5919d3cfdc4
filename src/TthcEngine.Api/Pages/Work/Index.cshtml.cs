using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.Work;

/// <summary>
/// The worklist of specialists and leaders (<c>GET /api/worklist</c>'s handler): the unit's active steps by due instant,
/// each with the working time left and its colour (on track, due soon, overdue), and a claim button.
/// </summary>
[Authorize(Roles.Specialist)]
internal sealed class IndexModel(TthcDbContext db, DossierCommands dossiers, WorkingCalendar calendar, TimeProvider time, ProcedureCatalog procedures) : UiPageModel
{
    public IReadOnlyList<WorklistItem> Items { get; private set; } = [];

    public string Now => UiText.Time(time.GetUtcNow());

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = (await DossierEndpoints.Worklist(User, db, calendar, time, procedures, cancellationToken)).Value!;

    public async Task<IActionResult> OnPostClaimAsync(Guid id, string step, CancellationToken cancellationToken)
    {
        var outcome = await UiOutcome.RunAsync(() => DossierEndpoints.Claim(id, step, User, dossiers, cancellationToken));
        return After(outcome, L["Đã nhận xử lý.", "Claimed."], outcome.Ok ? $"/ho-so/{id}" : "/viec");
    }
}
