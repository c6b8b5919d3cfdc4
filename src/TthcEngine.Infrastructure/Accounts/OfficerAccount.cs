using Microsoft.AspNetCore.Identity;

namespace TthcEngine.Infrastructure.Accounts;

/// <summary>
/// An officer's account (ASP.NET Core Identity, passwords hashed by its hasher) with the agency and unit the officer
/// works in: every act is scoped to them (an officer never acts on another agency's dossier).
/// </summary>
public sealed class OfficerAccount : IdentityUser
{
    /// <summary>Họ và tên, as printed on forms and in the history.</summary>
    public string FullName { get; set; } = "";

    /// <summary>The agency's id in the agency catalogue (<c>workflows/agencies.json</c>), e.g. <c>xa-coc-san</c>.</summary>
    public string Agency { get; set; } = "";

    /// <summary>The unit within the agency, as procedures name it, e.g. <c>tu-phap-ho-tich</c> or <c>mot-cua-xa</c>.</summary>
    public string Unit { get; set; } = "";

    /// <summary>
    /// The lockout end that marks an account the admin disabled (an officer who left or moved away): far beyond any
    /// failure lockout, and storable by every provider.
    /// </summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The admin disabled the account: it signs in no more, is given no step and is told nothing.</summary>
    public static bool IsDisabled(OfficerAccount account) => account.LockoutEnd >= DisabledUntil;
}
