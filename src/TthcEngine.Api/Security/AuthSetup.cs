using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using TthcEngine.Api.Errors;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Security;

/// <summary>
/// Accounts (ASP.NET Core Identity on the engine's database), cookie sign-in for the web UI and bearer tokens for API
/// clients behind one scheme, role policies, and rate limits on the public and sign-in endpoints.
/// </summary>
internal static class AuthSetup
{
    /// <summary>Picks the cookie or the bearer handler per request: a request with a bearer token uses it.</summary>
    public const string Scheme = "tthc";

    public const string PublicLimit = "public";

    public const string SignInLimit = "sign-in";

    public static WebApplicationBuilder AddTthcAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDataProtection().SetApplicationName("TthcEngine").PersistKeysToDbContext<TthcDbContext>();
        services.AddIdentityCore<OfficerAccount>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TthcDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<OfficerClaimsFactory>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "tthc.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            o.LoginPath = "/login";

            // The API answers 401/403 with a problem; only pages redirect to the sign-in page.
            o.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Desk, p => p.RequireRole(Roles.Desk))
            .AddPolicy(Roles.Specialist, p => p.RequireRole(Roles.Specialist, Roles.Leader, Roles.Desk, Roles.Admin))
            .AddPolicy(Roles.Leader, p => p.RequireRole(Roles.Leader, Roles.Admin))
            .AddPolicy(Roles.FocalPoint, p => p.RequireRole(Roles.FocalPoint, Roles.Admin))
            .AddPolicy(Roles.Supervisor, p => p.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));

        var limits = builder.Configuration.GetSection("RateLimits");
        var publicPerMinute = limits.GetValue("PublicPerMinute", 30);
        var signInPerMinute = limits.GetValue("SignInPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicLimit, context => PerClient(context, publicPerMinute));
            o.AddPolicy(SignInLimit, context => PerClient(context, signInPerMinute));
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                await ApiProblem.Create(
                        StatusCodes.Status429TooManyRequests,
                        "rate-limit",
                        "Quá nhiều yêu cầu; vui lòng thử lại sau một phút.",
                        "Too many requests; try again in a minute.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
        return builder;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
