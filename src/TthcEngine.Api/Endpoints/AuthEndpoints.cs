using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;

namespace TthcEngine.Api.Endpoints;

/// <summary>Sign-in (bearer token for API clients, cookie for the web UI), sign-out and who am I; the accounts are <see cref="OfficerEndpoints"/>.</summary>
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
        app.MapPost("/api/me/password", ChangePassword).WithTags("Accounts").RequireAuthorization()
            .WithSummary("Đổi mật khẩu của chính mình; mọi phiên khác kết thúc (change one's own password)");
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

        return await OfficerAccess.RefusalAsync(signIn.UserManager, result, body.UserName.Trim(), body.Password) switch
        {
            SignInRefusal.Disabled => ApiProblem.Create(StatusCodes.Status403Forbidden, "auth.disabled", OfficerAccess.DisabledVi, OfficerAccess.DisabledEn),
            SignInRefusal.LockedOut => ApiProblem.Create(StatusCodes.Status429TooManyRequests, "auth.locked-out",
                "Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau 15 phút.", "The account is locked after repeated failures; try again in 15 minutes."),
            _ => ApiProblem.Create(StatusCodes.Status401Unauthorized, "auth.invalid-credentials", "Tên đăng nhập hoặc mật khẩu không đúng.",
                "The user name or password is wrong."),
        };
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

    /// <summary>
    /// The officer's own new password, given with the current one (a wrong one counts towards the lockout, as at
    /// sign-in). The security stamp changes, so every token and cookie of the officer ends; a browser's own cookie is
    /// issued anew, so that the page stays signed in, while a bearer client signs in again.
    /// </summary>
    internal static async Task<IResult> ChangePassword(
        PasswordChange body, HttpContext context, SignInManager<OfficerAccount> signIn, IMemoryCache cache)
    {
        if (string.IsNullOrEmpty(body?.CurrentPassword) || string.IsNullOrEmpty(body.NewPassword) || body.CurrentPassword.Length > 256 || body.NewPassword.Length > 256)
        {
            return ApiProblem.Invalid("password.missing", "Cần mật khẩu hiện tại và mật khẩu mới (tối đa 256 ký tự).", "The current and the new password are required (at most 256 characters).");
        }

        if (body.NewPassword == body.CurrentPassword)
        {
            return ApiProblem.Invalid("password.same", "Mật khẩu mới phải khác mật khẩu hiện tại.", "The new password must differ from the current one.");
        }

        var users = signIn.UserManager;
        if (await users.FindByNameAsync(Officer.From(context.User).UserName) is not { } account)
        {
            return ApiProblem.Create(StatusCodes.Status401Unauthorized, "auth.token-revoked", "Tài khoản không còn; vui lòng đăng nhập lại.", "The account is gone; sign in again.");
        }

        if (!await users.CheckPasswordAsync(account, body.CurrentPassword))
        {
            await users.AccessFailedAsync(account);
            return ApiProblem.Invalid("password.current-wrong", "Mật khẩu hiện tại không đúng.", "The current password is wrong.");
        }

        var changed = await users.ChangePasswordAsync(account, body.CurrentPassword, body.NewPassword);
        if (!changed.Succeeded)
        {
            var failed = new RequestCheck();
            foreach (var error in changed.Errors)
            {
                failed.Add("newPassword", "password." + error.Code, "Mật khẩu mới không đạt: " + error.Description, error.Description);
            }

            return failed.Problem();
        }

        TokenRevocation.Forget(cache, account);
        if (!TokenRevocation.IsBearer(context.Request))
        {
            await signIn.RefreshSignInAsync(account);
        }

        return TypedResults.NoContent();
    }

    private static IResult Me(ClaimsPrincipal user, AgencyCatalog agencies)
    {
        var officer = Officer.From(user);
        return TypedResults.Ok(new OfficerInfo(
            officer.UserName, officer.FullName, officer.Agency, agencies.Find(officer.Agency)?.Name ?? officer.Agency, officer.Unit, [.. officer.Roles.Order(StringComparer.Ordinal)]));
    }
}
