using System.Security.Claims;
using TthcEngine.Infrastructure.Accounts;

namespace TthcEngine.Api.Security;

/// <summary>The signed-in officer, read from the claims of the cookie or bearer token.</summary>
public sealed record Officer(string UserName, string FullName, string Agency, string Unit, IReadOnlySet<string> Roles)
{
    public const string AgencyClaim = "tthc:agency";
    public const string UnitClaim = "tthc:unit";
    public const string FullNameClaim = "tthc:full_name";

    public bool Is(string role) => Roles.Contains(role);

    public bool IsAdmin => Is(Infrastructure.Accounts.Roles.Admin);

    /// <summary>How others are told who acted: the full name, or the user name of an account without one.</summary>
    public string Signature => FullName.Length > 0 ? FullName : UserName;

    public static Officer From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? throw new InvalidOperationException("The request is not signed in."),
        user.FindFirstValue(FullNameClaim) ?? "",
        user.FindFirstValue(AgencyClaim) ?? "",
        user.FindFirstValue(UnitClaim) ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
}
