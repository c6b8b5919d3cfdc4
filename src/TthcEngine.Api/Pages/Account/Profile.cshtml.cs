using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Pages.Account;

/// <summary>
/// The signed-in officer's own account: name, agency, unit and roles as the admin set them, their own on-time figures,
/// and the change of their own password (<c>POST /api/me/password</c>'s handler); the page stays signed in, every other session ends.
/// </summary>
[Authorize]
internal sealed class ProfileModel(AgencyCatalog agencies, TthcDbContext db) : UiPageModel
{
    public string AgencyName => agencies.Find(Me.Agency)?.Name ?? Me.Agency;

    /// <summary>The officer's own on-time figures (<c>GET /api/me/on-time</c>'s handler), the newest month first.</summary>
    public IReadOnlyList<OnTimeLine> OnTime { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        OnTime = UiOutcome.Read(await SupervisorEndpoints.Mine(User, db, cancellationToken)).As<IReadOnlyList<OnTimeLine>>() ?? [];

    public async Task<IActionResult> OnPostPasswordAsync(
        string? current, string? password, string? again, [FromServices] SignInManager<OfficerAccount> signIn, [FromServices] IMemoryCache cache)
    {
        if (password != again)
        {
            Problem = L["Mật khẩu mới nhập lại không khớp.", "The new password and its repetition differ."];
            return LocalRedirect("/tai-khoan");
        }

        var outcome = await UiOutcome.RunAsync(() => AuthEndpoints.ChangePassword(new PasswordChange(current ?? "", password ?? ""), HttpContext, signIn, cache));
        return After(outcome, L["Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.", "Password changed. Your other sessions have ended."], "/tai-khoan");
    }
}
