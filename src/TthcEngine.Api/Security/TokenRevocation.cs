using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using TthcEngine.Api.Errors;
using TthcEngine.Infrastructure.Accounts;

namespace TthcEngine.Api.Security;

/// <summary>
/// Bearer tokens are self-contained (data-protected tickets), so signing out cannot delete one: a token carries the
/// officer's security stamp, logging out with a token changes the stamp, and a request whose token carries an old
/// stamp is refused. Cookies carry the stamp too: one with an old stamp is signed out at its next request (the admin
/// disabled the officer, changed their rights or set a new password). The current stamp is read from the database at
/// most every <see cref="CacheFor"/> per process; the process that changed it forgets its copy at once, other API
/// instances within that time.
/// </summary>
public static class TokenRevocation
{
    /// <summary>How long one API instance trusts the stamp it last read.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public static IApplicationBuilder UseTokenRevocation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (!IsBearer(context.Request))
            {
                // A browser whose officer was disabled, changed or given a new password: its cookie ends now, not at
                // Identity's own stamp check half an hour later; the page then asks to sign in (or the API answers 401).
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
            else
            {
                await ApiProblem.Create(
                        StatusCodes.Status401Unauthorized,
                        "auth.token-revoked",
                        "Phiên đăng nhập đã kết thúc (đã đăng xuất hoặc đổi mật khẩu); vui lòng đăng nhập lại.",
                        "The session has ended (signed out or password changed); sign in again.")
                    .ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    });

    /// <summary>Ends every session of the officer: their bearer tokens now, their cookies at the next stamp check.</summary>
    public static async Task RevokeAsync(UserManager<OfficerAccount> users, IMemoryCache cache, ClaimsPrincipal user)
    {
        if (await users.GetUserAsync(user) is { } account)
        {
            await RevokeAsync(users, cache, account);
        }
    }

    /// <inheritdoc cref="RevokeAsync(UserManager{OfficerAccount}, IMemoryCache, ClaimsPrincipal)"/>
    public static async Task RevokeAsync(UserManager<OfficerAccount> users, IMemoryCache cache, OfficerAccount account)
    {
        await users.UpdateSecurityStampAsync(account);
        Forget(cache, account);
    }

    /// <summary>After the stamp changed elsewhere (a password reset): this process reads it again at once.</summary>
    public static void Forget(IMemoryCache cache, OfficerAccount account) => cache.Remove(Key(account.Id));

    internal static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static async Task<bool> IsCurrentAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.User.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.User.FindFirstValue(claims.SecurityStampClaimType);
        if (id is null || stamp is null)
        {
            return false;
        }

        var cache = services.GetRequiredService<IMemoryCache>();
        var current = await cache.GetOrCreateAsync(Key(id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            var users = services.GetRequiredService<UserManager<OfficerAccount>>();
            return await users.FindByIdAsync(id) is { } account ? await users.GetSecurityStampAsync(account) : null;
        });
        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }

    private static string Key(string userId) => "security-stamp:" + userId;
}
