using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.National;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.Desk;

/// <summary>
/// The online applications waiting for this desk (<c>/mot-cua/truc-tuyen</c>), oldest first, each with its applicant and
/// papers (uploaded, or reused from an earlier dossier); accept (the desk's receipt, channel online, then the dossier) or
/// refuse with a reason. It runs the handlers of <c>/api/desk/applications</c>.
/// </summary>
[Authorize(Roles.Desk)]
internal sealed class OnlineModel(
    ProcedureCatalog procedures, AgencyCatalog agencies, TthcDbContext db, DossierService service, Idempotency idempotency, IDataProtectionProvider protection, ApplicantNotices notices,
    PortalQueue portal, TimeProvider time) : UiPageModel
{
    public IReadOnlyList<PendingApplication> Pending { get; private set; } = [];

    /// <summary>The agency's refusals of the last 30 days, each with its code and its refusal slip (Form 03).</summary>
    public IReadOnlyList<RefusedApplication> Refused { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pending = UiOutcome.Read(await OnlineApplicationEndpoints.Pending(User, db, procedures, cancellationToken)).As<List<PendingApplication>>() ?? [];
        Refused = UiOutcome.Read(await OnlineApplicationEndpoints.Refused(User, db, procedures, time, cancellationToken)).As<List<RefusedApplication>>() ?? [];
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await UiOutcome.RunAsync(() => OnlineApplicationEndpoints.Accept(id, HttpContext, User, procedures, agencies, db, service, idempotency, protection, cancellationToken));
        var received = outcome.As<ReceiveResponse>()
            ?? (outcome.Value is string replayed ? JsonSerializer.Deserialize<ReceiveResponse>(replayed, new JsonSerializerOptions(JsonSerializerDefaults.Web)) : null);
        if (received is null)
        {
            return After(outcome, "", "/mot-cua/truc-tuyen");
        }

        // The receipt to print holds the dossier's PIN, shown once as after a receipt at the counter.
        TempData["ReceivedPin"] = received.Pin;
        return After(outcome, L[$"Đã tiếp nhận hồ sơ {received.Code}.", $"Dossier {received.Code} received."], $"/ho-so/{received.Id}");
    }

    public async Task<IActionResult> OnPostRefuseAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await UiOutcome.RunAsync(() => OnlineApplicationEndpoints.Refuse(id, new ReasonRequest(reason ?? ""), User, db, agencies, notices, portal, time, cancellationToken));
        var code = outcome.Ok
            ? await db.OnlineApplications.AsNoTracking().Where(a => a.Id == id).Select(a => a.RefusedCode).SingleOrDefaultAsync(cancellationToken)
            : null;
        return After(
            outcome,
            L[$"Đã từ chối tiếp nhận hồ sơ nộp trực tuyến, mã hồ sơ {code}. In Phiếu từ chối (Mẫu 03) ở danh sách bên dưới.",
              $"The online application was refused, dossier code {code}. Print the refusal slip (Form 03) from the list below."],
            "/mot-cua/truc-tuyen");
    }
}
