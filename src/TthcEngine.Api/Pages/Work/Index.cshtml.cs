using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
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
/// each with the working time left and its colour (on track, due soon, overdue), and a claim button. A leader also
/// sees the whole agency's (<c>?pham-vi=co-quan</c>, <c>GET /api/worklist/agency</c>): who holds each step, and with
/// <c>&amp;chua-giao=1</c> only the steps nobody holds, each linked to the dossier's form to give it to an officer, and
/// can transfer every step one officer holds to another (<c>POST /api/officers/{userName}/transfer-steps</c>'s handler).
/// </summary>
[Authorize(Roles.Specialist)]
internal sealed class IndexModel(TthcDbContext db, DossierCommands dossiers, WorkingCalendar calendar, TimeProvider time, ProcedureCatalog procedures) : UiPageModel
{
    public IReadOnlyList<WorklistItem> Items { get; private set; } = [];

    /// <summary><c>co-quan</c>: the whole agency's steps (leaders, admin); else the officer's unit.</summary>
    [BindProperty(SupportsGet = true, Name = "pham-vi")]
    public string? Scope { get; set; }

    /// <summary>Only the steps the officer holds, whatever their unit.</summary>
    [BindProperty(SupportsGet = true, Name = "cua-toi")]
    public bool Mine { get; set; }

    /// <summary>With the agency's steps: only those nobody holds.</summary>
    [BindProperty(SupportsGet = true, Name = "chua-giao")]
    public bool Unclaimed { get; set; }

    public bool MayAssign => Me.Is(Roles.Leader) || Me.IsAdmin;

    public bool Agency => Scope == "co-quan" && MayAssign;

    public string Now => UiText.Time(time.GetUtcNow());

    /// <summary>With the agency's steps: its enabled officers and how many open steps each holds, for the transfer form.</summary>
    public IReadOnlyList<(OfficerAccount Account, int Held)> Officers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = Agency
            ? (await DossierEndpoints.AgencyWorklist(Unclaimed, User, db, calendar, time, procedures, cancellationToken)).Value!
            : (await DossierEndpoints.Worklist(Mine ? true : null, User, db, calendar, time, procedures, cancellationToken)).Value!;
        if (Agency)
        {
            var agency = Me.Agency;
            var accounts = (await OfficerAccounts.WithRolesAsync(db, [agency], cancellationToken))
                .Select(a => a.Account).Where(a => !OfficerAccount.IsDisabled(a)).ToList();
            var held = await Assignees.HeldCountsAsync(db, [.. accounts.Select(a => a.UserName!)], cancellationToken);
            Officers = [.. accounts.Select(a => (a, held.GetValueOrDefault(a.UserName!)))];
        }
    }

    /// <summary>Gives every step an officer holds to another (bàn giao), then shows the agency's steps again.</summary>
    public async Task<IActionResult> OnPostTransferAsync(
        string? from, string? to, string? reason, [FromServices] UserManager<OfficerAccount> users, CancellationToken cancellationToken)
    {
        var outcome = await UiOutcome.RunAsync(
            () => AssignmentEndpoints.TransferAll(from ?? "", new TransferRequest(to ?? "", reason ?? ""), User, users, dossiers, cancellationToken));
        var moved = outcome.As<TransferredSteps>();
        return After(
            outcome,
            L[$"Đã chuyển {moved?.Transferred.Count} bước cho {to}; {moved?.Skipped.Count} bước giữ nguyên.", $"Transferred {moved?.Transferred.Count} steps to {to}; {moved?.Skipped.Count} left as they were."],
            "/viec?pham-vi=co-quan");
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid id, string step, CancellationToken cancellationToken)
    {
        var outcome = await UiOutcome.RunAsync(() => DossierEndpoints.Claim(id, step, User, dossiers, cancellationToken));
        return After(outcome, L["Đã nhận xử lý.", "Claimed."], outcome.Ok ? $"/ho-so/{id}" : "/viec");
    }
}
