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

/// <summary>Sign-in (bearer token for API clients, cookie for the web UI), who am I, and the accounts (admin).</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts");
        auth.MapPost("/token", Token).AllowAnonymous().RequireRateLimiting(AuthSetup.SignInLimit)
            .WithSummary("Lấy bearer token (sign in for API clients)");
        auth.MapPost("/login", CookieLogin).AllowAnonymous().RequireRateLimiting(AuthSetup.SignInLimit)
            .WithSummary("Đăng nhập bằng cookie (sign in for the web UI)");
        auth.MapPost("/logout", Logout).RequireAuthorization().WithSummary("Đăng xuất");
        app.MapGet("/api/me", Me).WithTags("Accounts").RequireAuthorization().WithSummary("Tài khoản đang đăng nhập (who am I)");

        var admin = app.MapGroup("/api/admin/officers").WithTags("Accounts").RequireAuthorization(Roles.Admin);
        admin.MapGet("/", List).WithSummary("Danh sách cán bộ (admin)");
        admin.MapPost("/", Create).WithSummary("Tạo tài khoản cán bộ (admin)");
        return app;
    }

    private static Task<IResult> Token(SignInRequest body, SignInManager<OfficerAccount> signIn) =>
        SignInAsync(body, signIn, IdentityConstants.BearerScheme);

    private static Task<IResult> CookieLogin(SignInRequest body, SignInManager<OfficerAccount> signIn) =>
        SignInAsync(body, signIn, IdentityConstants.ApplicationScheme);

    /// <summary>
    /// Checks the password (five failures lock the account for 15 minutes) and signs in with the scheme: the bearer
    /// handler writes the token response itself, the cookie handler sets the cookie.
    /// </summary>
    private static async Task<IResult> SignInAsync(SignInRequest body, SignInManager<OfficerAccount> signIn, string scheme)
    {
        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password) || body.UserName.Length > 256 || body.Password.Length > 256)
        {
            return ApiProblem.Invalid("auth.credentials-missing", "Cần tên đăng nhập và mật khẩu.", "A user name and a password are required.");
        }

        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(body.UserName.Trim(), body.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.Empty;
        }

        return result.IsLockedOut
            ? ApiProblem.Create(StatusCodes.Status429TooManyRequests, "auth.locked-out", "Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau 15 phút.",
                "The account is locked after repeated failures; try again in 15 minutes.")
            : ApiProblem.Create(StatusCodes.Status401Unauthorized, "auth.invalid-credentials", "Tên đăng nhập hoặc mật khẩu không đúng.",
                "The user name or password is wrong.");
    }

    /// <summary>
    /// With a cookie, ends that browser's session. With a bearer token, revokes it: every token and cookie of the
    /// officer ends (<see cref="TokenRevocation"/>), since a token itself cannot be deleted.
    /// </summary>
    private static async Task<IResult> Logout(HttpContext context, SignInManager<OfficerAccount> signIn, IMemoryCache cache)
    {
        if (TokenRevocation.IsBearer(context.Request))
        {
            await TokenRevocation.RevokeAsync(signIn.UserManager, cache, context.User);
            return TypedResults.NoContent();
        }

        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static IResult Me(ClaimsPrincipal user, AgencyCatalog agencies)
    {
        var officer = Officer.From(user);
        return TypedResults.Ok(new OfficerInfo(
            officer.UserName, officer.FullName, officer.Agency, agencies.Find(officer.Agency)?.Name ?? officer.Agency, officer.Unit, [.. officer.Roles.Order(StringComparer.Ordinal)]));
    }

    private static async Task<IResult> List(UserManager<OfficerAccount> users, AgencyCatalog agencies, CancellationToken cancellationToken)
    {
        var accounts = await users.Users.AsNoTracking().OrderBy(u => u.Agency).ThenBy(u => u.UserName).ToListAsync(cancellationToken);
        var list = new List<OfficerInfo>();
        foreach (var account in accounts)
        {
            list.Add(new OfficerInfo(account.UserName!, account.FullName, account.Agency, agencies.Find(account.Agency)?.Name ?? account.Agency, account.Unit,
                [.. (await users.GetRolesAsync(account)).Order(StringComparer.Ordinal)]));
        }

        return TypedResults.Ok<IReadOnlyList<OfficerInfo>>(list);
    }

    private static async Task<IResult> Create(NewOfficer body, UserManager<OfficerAccount> users, AgencyCatalog agencies)
    {
        var check = new RequestCheck();
        check.Require(!string.IsNullOrWhiteSpace(body.UserName) && body.UserName.Length <= 128, "userName", "officer.user-name",
            "Cần tên đăng nhập (tối đa 128 ký tự).", "A user name is required (at most 128 characters).");
        check.Require(!string.IsNullOrWhiteSpace(body.FullName), "fullName", "officer.full-name", "Cần họ tên cán bộ.", "The officer's full name is required.");
        check.Require(agencies.Find(body.Agency ?? "") is not null, "agency", "officer.agency", "Cơ quan không có trong danh mục.", "The agency is not in the catalogue.");
        check.Require(!string.IsNullOrWhiteSpace(body.Unit) && body.Unit.Length <= 64, "unit", "officer.unit", "Cần đơn vị của cán bộ.", "The officer's unit is required.");
        check.Require(body.Roles is { Count: > 0 } && body.Roles.All(r => Roles.All.Contains(r)), "roles", "officer.roles",
            $"Vai trò phải thuộc: {string.Join(", ", Roles.All)}.", $"Roles must be among: {string.Join(", ", Roles.All)}.");
        if (check.Failed)
        {
            return check.Problem();
        }

        var account = new OfficerAccount { UserName = body.UserName.Trim(), FullName = body.FullName.Trim(), Agency = body.Agency!, Unit = body.Unit.Trim() };
        var created = await users.CreateAsync(account, body.Password ?? "");
        if (!created.Succeeded)
        {
            var failed = new RequestCheck();
            foreach (var error in created.Errors)
            {
                failed.Add("password", "officer." + error.Code, "Không tạo được tài khoản: " + error.Description, error.Description);
            }

            return failed.Problem();
        }

        await users.AddToRolesAsync(account, body.Roles);
        return TypedResults.Created($"/api/admin/officers/{account.UserName}",
            new OfficerInfo(account.UserName!, account.FullName, account.Agency, agencies.Find(account.Agency)!.Name, account.Unit, [.. body.Roles.Order(StringComparer.Ordinal)]));
    }
}
