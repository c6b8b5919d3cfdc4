using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TthcEngine.Api.Dossiers;
using Microsoft.Extensions.Caching.Memory;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;

namespace TthcEngine.Api.Pages.Admin;

/// <summary>
/// The officers' accounts (<c>/quan-tri/can-bo</c>), for the admin: every account with its agency, unit, roles and
/// whether it is disabled; create one; change one's name, agency, unit and roles; disable or enable it; set a new
/// password; release the steps an officer holds (one who left), so that their units claim them again. It runs the
/// handlers of <c>/api/admin/officers</c>.
/// </summary>
[Authorize(Roles.Admin)]
internal sealed class OfficersModel(UserManager<OfficerAccount> users, AgencyCatalog agencies, IMemoryCache cache, DossierCommands dossiers) : UiPageModel
{
    private const string Here = "/quan-tri/can-bo";

    public IReadOnlyList<OfficerInfo> Officers { get; private set; } = [];

    public IReadOnlyList<AgencyDefinition> Agencies => [.. agencies.All.OrderBy(a => a.Level == "province" ? 0 : 1).ThenBy(a => a.Name, StringComparer.Ordinal)];

    /// <summary>How many open steps each officer holds (claimed, or given by a leader); absent when none.</summary>
    public IReadOnlyDictionary<string, int> Held { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Officers = UiOutcome.Read(await OfficerEndpoints.List(users, agencies, cancellationToken)).As<IReadOnlyList<OfficerInfo>>() ?? [];
        Held = await Assignees.HeldCountsAsync(dossiers.Db, null, cancellationToken);
    }

    public async Task<IActionResult> OnPostReleaseAsync(string userName, string? reason, CancellationToken cancellationToken)
    {
        var outcome = await UiOutcome.RunAsync(() => AssignmentEndpoints.ReleaseAll(userName, new ReasonRequest(reason ?? ""), User, users, dossiers, cancellationToken));
        var result = outcome.As<ReleasedSteps>();
        var done = result is null ? "" : result.Skipped.Count == 0
            ? L[$"Đã trả lại {result.Released.Count} bước {userName} đang giữ.", $"{result.Released.Count} steps held by {userName} released."]
            : L[$"Đã trả lại {result.Released.Count} bước {userName} đang giữ; {result.Skipped.Count} bước đã thay đổi nên giữ nguyên.",
                $"{result.Released.Count} steps held by {userName} released; {result.Skipped.Count} had changed and were left as they were."];
        return After(outcome, done, Here);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? password, string? fullName, string? agency, string? unit, string[]? roles)
    {
        var outcome = await UiOutcome.RunAsync(() => OfficerEndpoints.Create(new NewOfficer(userName ?? "", password ?? "", fullName ?? "", agency ?? "", unit ?? "", roles ?? []), users, agencies));
        return After(outcome, L[$"Đã tạo tài khoản {userName}.", $"Account {userName} created."], Here);
    }

    public async Task<IActionResult> OnPostUpdateAsync(string userName, string? fullName, string? agency, string? unit, string[]? roles)
    {
        var outcome = await UiOutcome.RunAsync(() => OfficerEndpoints.Update(userName, new OfficerUpdate(fullName ?? "", agency ?? "", unit ?? "", roles ?? []), User, users, agencies, cache));
        return After(outcome, L[$"Đã sửa tài khoản {userName}; cán bộ cần đăng nhập lại.", $"Account {userName} changed; the officer signs in again."], Here);
    }

    public async Task<IActionResult> OnPostDisableAsync(string userName)
    {
        var outcome = await UiOutcome.RunAsync(() => OfficerEndpoints.Disable(userName, User, users, agencies, cache));
        return After(outcome, L[$"Đã vô hiệu hóa tài khoản {userName}.", $"Account {userName} disabled."], Here);
    }

    public async Task<IActionResult> OnPostEnableAsync(string userName)
    {
        var outcome = await UiOutcome.RunAsync(() => OfficerEndpoints.Enable(userName, users, agencies));
        return After(outcome, L[$"Đã kích hoạt lại tài khoản {userName}.", $"Account {userName} enabled."], Here);
    }

    public async Task<IActionResult> OnPostPasswordAsync(string userName, string? password)
    {
        var outcome = await UiOutcome.RunAsync(() => OfficerEndpoints.SetPassword(userName, new PasswordReset(password ?? ""), users, cache));
        return After(outcome, L[$"Đã đặt mật khẩu mới cho {userName}.", $"New password set for {userName}."], Here);
    }
}
