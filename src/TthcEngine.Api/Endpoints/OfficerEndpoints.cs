using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// The officers' accounts, for the admin: list, create, change an officer's name, agency, unit and roles (a transfer or
/// a new duty), disable and enable an account (an officer who left), and set a new password (a forgotten one). A
/// change that alters what the officer may do ends their sessions (<see cref="TokenRevocation"/>), so the next request
/// signs in again with the new rights, or not at all. The admin cannot disable their own account nor take their own
/// admin role: the province would be left without one.
/// </summary>
public static class OfficerEndpoints
{
    public static IEndpointRouteBuilder MapOfficerEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/officers").WithTags("Accounts").RequireAuthorization(Roles.Admin);
        admin.MapGet("/", List).WithSummary("Danh sách cán bộ (admin)");
        admin.MapPost("/", Create).WithSummary("Tạo tài khoản cán bộ (admin)");
        admin.MapPut("/{userName}", Update).WithSummary("Sửa họ tên, cơ quan, đơn vị, vai trò của cán bộ; các phiên đăng nhập của cán bộ kết thúc (admin)");
        admin.MapPost("/{userName}/disable", Disable).WithSummary("Vô hiệu hóa tài khoản cán bộ (nghỉ việc, chuyển công tác); các phiên kết thúc (admin)");
        admin.MapPost("/{userName}/enable", Enable).WithSummary("Kích hoạt lại tài khoản cán bộ (admin)");
        admin.MapPost("/{userName}/password", SetPassword).WithSummary("Đặt mật khẩu mới cho cán bộ; các phiên kết thúc (admin)");
        return app;
    }

    internal static async Task<IResult> List(UserManager<OfficerAccount> users, AgencyCatalog agencies, CancellationToken cancellationToken)
    {
        var accounts = await users.Users.AsNoTracking().OrderBy(u => u.Agency).ThenBy(u => u.UserName).ToListAsync(cancellationToken);
        var list = new List<OfficerInfo>();
        foreach (var account in accounts)
        {
            list.Add(await InfoAsync(users, agencies, account));
        }

        return TypedResults.Ok<IReadOnlyList<OfficerInfo>>(list);
    }

    internal static async Task<IResult> Create(NewOfficer body, UserManager<OfficerAccount> users, AgencyCatalog agencies)
    {
        var check = new RequestCheck();
        check.Require(!string.IsNullOrWhiteSpace(body.UserName) && body.UserName.Length <= 128, "userName", "officer.user-name",
            "Cần tên đăng nhập (tối đa 128 ký tự).", "A user name is required (at most 128 characters).");
        CheckDuties(body.FullName, body.Agency, body.Unit, body.Roles, agencies, check);
        if (check.Failed)
        {
            return check.Problem();
        }

        var account = new OfficerAccount { UserName = body.UserName.Trim(), FullName = body.FullName.Trim(), Agency = body.Agency!, Unit = body.Unit.Trim() };
        var created = await users.CreateAsync(account, body.Password ?? "");
        if (!created.Succeeded)
        {
            return Refused(created, "Không tạo được tài khoản: ");
        }

        await users.AddToRolesAsync(account, body.Roles);
        return TypedResults.Created($"/api/admin/officers/{account.UserName}", await InfoAsync(users, agencies, account));
    }

    /// <summary>New name, agency, unit and roles, all four given; the officer's sessions end so that the new rights apply.</summary>
    internal static async Task<IResult> Update(
        string userName, OfficerUpdate body, ClaimsPrincipal user, UserManager<OfficerAccount> users, AgencyCatalog agencies, IMemoryCache cache)
    {
        var check = new RequestCheck();
        CheckDuties(body.FullName, body.Agency, body.Unit, body.Roles, agencies, check);
        if (check.Failed)
        {
            return check.Problem();
        }

        if (await users.FindByNameAsync(userName) is not { } account)
        {
            return NotFound(userName);
        }

        if (IsSelf(user, account) && !body.Roles.Contains(Roles.Admin, StringComparer.Ordinal))
        {
            return Self("bỏ vai trò quản trị của chính mình", "remove your own admin role");
        }

        account.FullName = body.FullName.Trim();
        account.Agency = body.Agency;
        account.Unit = body.Unit.Trim();
        var updated = await users.UpdateAsync(account);
        if (!updated.Succeeded)
        {
            return Refused(updated, "Không sửa được tài khoản: ");
        }

        var current = await users.GetRolesAsync(account);
        var removed = await users.RemoveFromRolesAsync(account, current.Except(body.Roles, StringComparer.Ordinal));
        var added = removed.Succeeded ? await users.AddToRolesAsync(account, body.Roles.Except(current, StringComparer.Ordinal).Distinct(StringComparer.Ordinal)) : removed;
        if (!added.Succeeded)
        {
            return Refused(added, "Không sửa được vai trò: ");
        }

        await TokenRevocation.RevokeAsync(users, cache, account);
        return TypedResults.Ok(await InfoAsync(users, agencies, account));
    }

    /// <summary>Locks the account until <see cref="OfficerAccess.DisabledUntil"/> and ends its sessions; its history stays.</summary>
    internal static async Task<IResult> Disable(string userName, ClaimsPrincipal user, UserManager<OfficerAccount> users, AgencyCatalog agencies, IMemoryCache cache)
    {
        if (await users.FindByNameAsync(userName) is not { } account)
        {
            return NotFound(userName);
        }

        if (IsSelf(user, account))
        {
            return Self("vô hiệu hóa tài khoản của chính mình", "disable your own account");
        }

        await users.SetLockoutEnabledAsync(account, true);
        var locked = await users.SetLockoutEndDateAsync(account, OfficerAccess.DisabledUntil);
        if (!locked.Succeeded)
        {
            return Refused(locked, "Không vô hiệu hóa được tài khoản: ");
        }

        await TokenRevocation.RevokeAsync(users, cache, account);
        return TypedResults.Ok(await InfoAsync(users, agencies, account));
    }

    /// <summary>Lifts a disabling (or a lockout after wrong passwords): the officer signs in again with their password.</summary>
    internal static async Task<IResult> Enable(string userName, UserManager<OfficerAccount> users, AgencyCatalog agencies)
    {
        if (await users.FindByNameAsync(userName) is not { } account)
        {
            return NotFound(userName);
        }

        var unlocked = await users.SetLockoutEndDateAsync(account, null);
        if (unlocked.Succeeded)
        {
            unlocked = await users.ResetAccessFailedCountAsync(account);
        }

        return unlocked.Succeeded ? TypedResults.Ok(await InfoAsync(users, agencies, account)) : Refused(unlocked, "Không kích hoạt được tài khoản: ");
    }

    /// <summary>
    /// Sets the password the admin gives (checked by the same rules as at creation), through Identity's reset, which
    /// changes the security stamp: every session of the officer ends.
    /// </summary>
    internal static async Task<IResult> SetPassword(string userName, PasswordReset body, UserManager<OfficerAccount> users, IMemoryCache cache)
    {
        if (string.IsNullOrEmpty(body?.Password) || body.Password.Length > 256)
        {
            return ApiProblem.Invalid("officer.password", "Cần mật khẩu mới (tối đa 256 ký tự).", "A new password is required (at most 256 characters).");
        }

        if (await users.FindByNameAsync(userName) is not { } account)
        {
            return NotFound(userName);
        }

        var reset = await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), body.Password);
        if (!reset.Succeeded)
        {
            return Refused(reset, "Không đặt được mật khẩu: ");
        }

        TokenRevocation.Forget(cache, account);
        return TypedResults.NoContent();
    }

    private static void CheckDuties(string? fullName, string? agency, string? unit, IReadOnlyList<string>? roles, AgencyCatalog agencies, RequestCheck check)
    {
        check.Require(!string.IsNullOrWhiteSpace(fullName) && fullName.Length <= 256, "fullName", "officer.full-name",
            "Cần họ tên cán bộ (tối đa 256 ký tự).", "The officer's full name is required (at most 256 characters).");
        check.Require(agencies.Find(agency ?? "") is not null, "agency", "officer.agency", "Cơ quan không có trong danh mục.", "The agency is not in the catalogue.");
        check.Require(!string.IsNullOrWhiteSpace(unit) && unit.Length <= 64, "unit", "officer.unit", "Cần đơn vị của cán bộ.", "The officer's unit is required.");
        check.Require(roles is { Count: > 0 } && roles.All(r => Roles.All.Contains(r)), "roles", "officer.roles",
            $"Vai trò phải thuộc: {string.Join(", ", Roles.All)}.", $"Roles must be among: {string.Join(", ", Roles.All)}.");
    }

    private static async Task<OfficerInfo> InfoAsync(UserManager<OfficerAccount> users, AgencyCatalog agencies, OfficerAccount account) =>
        new(account.UserName!, account.FullName, account.Agency, agencies.Find(account.Agency)?.Name ?? account.Agency, account.Unit,
            [.. (await users.GetRolesAsync(account)).Order(StringComparer.Ordinal)])
        {
            Disabled = OfficerAccess.IsDisabled(account),
        };

    private static bool IsSelf(ClaimsPrincipal user, OfficerAccount account) =>
        string.Equals(Officer.From(user).UserName, account.UserName, StringComparison.Ordinal);

    /// <summary>404 <c>officer.not-found</c> for an account that does not exist.</summary>
    internal static IResult NotFound(string userName) => ApiProblem.Create(
        StatusCodes.Status404NotFound, "officer.not-found", $"Không có tài khoản cán bộ \"{userName}\".", $"There is no officer account \"{userName}\".");

    private static IResult Self(string vi, string en) => ApiProblem.Create(
        StatusCodes.Status409Conflict, "officer.self", $"Không thể {vi}: tỉnh sẽ không còn ai quản trị.", $"You cannot {en}: the province would be left without an administrator.");

    private static IResult Refused(IdentityResult result, string prefixVi)
    {
        var failed = new RequestCheck();
        foreach (var error in result.Errors)
        {
            failed.Add("password", "officer." + error.Code, prefixVi + error.Description, error.Description);
        }

        return failed.Problem();
    }
}
