namespace TthcEngine.Client.Models;

/// <summary>An officer's credentials, for a bearer token (API clients) or a cookie (the web UI).</summary>
public sealed record SignInRequest(string UserName, string Password);

/// <summary>A bearer token: send it as <c>Authorization: Bearer {AccessToken}</c> until it expires.</summary>
public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn);

/// <summary>Who is signed in: the account, its roles, agency and unit.</summary>
public sealed record OfficerInfo(string UserName, string FullName, string Agency, string AgencyName, string Unit, IReadOnlyList<string> Roles)
{
    /// <summary>The admin disabled the account: it cannot sign in until enabled again (in the admin's list).</summary>
    public bool Disabled { get; init; }
}

/// <summary>A new officer account (admin only).</summary>
public sealed record NewOfficer(string UserName, string Password, string FullName, string Agency, string Unit, IReadOnlyList<string> Roles);

/// <summary>An officer's new name, agency, unit and roles (admin only): a transfer or new duties.</summary>
public sealed record OfficerUpdate(string FullName, string Agency, string Unit, IReadOnlyList<string> Roles);

/// <summary>A password the admin sets for an officer who forgot theirs.</summary>
public sealed record PasswordReset(string Password);

/// <summary>The signed-in officer's own new password, with the current one (đổi mật khẩu).</summary>
public sealed record PasswordChange(string CurrentPassword, string NewPassword);
