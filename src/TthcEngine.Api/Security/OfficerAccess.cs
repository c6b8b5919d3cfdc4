using Microsoft.AspNetCore.Identity;
using TthcEngine.Infrastructure.Accounts;

namespace TthcEngine.Api.Security;

/// <summary>
/// An account the admin disabled (an officer who left or moved away): locked out with Identity's lockout until
/// <see cref="DisabledUntil"/>, so that sign-in refuses it whatever the password, until the admin enables it again.
/// A lockout after five wrong passwords ends after 15 minutes and is no disabling.
/// </summary>
internal static class OfficerAccess
{
    /// <summary>The lockout end that marks a disabled account: far beyond any failure lockout, and storable by every provider.</summary>
    public static readonly DateTimeOffset DisabledUntil = OfficerAccount.DisabledUntil;

    public const string DisabledVi = "Tài khoản đã bị vô hiệu hóa; liên hệ quản trị hệ thống.";

    public const string DisabledEn = "The account is disabled; ask the administrator.";

    public static bool IsDisabled(OfficerAccount account) => OfficerAccount.IsDisabled(account);

    /// <summary>
    /// Why a sign-in that did not succeed was refused: disabled, said only to who knows the password (else a stranger
    /// would learn which accounts exist and which are disabled); locked after wrong passwords; else wrong credentials.
    /// </summary>
    public static async Task<SignInRefusal> RefusalAsync(UserManager<OfficerAccount> users, SignInResult result, string userName, string password)
    {
        if (!result.IsLockedOut)
        {
            return SignInRefusal.InvalidCredentials;
        }

        if (await users.FindByNameAsync(userName) is { } account && IsDisabled(account))
        {
            return await users.CheckPasswordAsync(account, password) ? SignInRefusal.Disabled : SignInRefusal.InvalidCredentials;
        }

        return SignInRefusal.LockedOut;
    }
}

/// <summary>Why a sign-in was refused, as both the API and the sign-in page tell it.</summary>
internal enum SignInRefusal
{
    InvalidCredentials,
    LockedOut,
    Disabled,
}
