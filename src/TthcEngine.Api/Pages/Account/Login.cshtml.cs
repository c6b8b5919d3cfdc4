using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Api.Security;
using TthcEngine.Infrastructure.Accounts;

namespace TthcEngine.Api.Pages.Account;

/// <summary>
/// Sign-in for officers: the Identity cookie, as <c>POST /api/auth/login</c> sets it (five wrong passwords lock the
/// account for 15 minutes), then the page the officer asked for or their role's start page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AuthSetup.SignInLimit)]
internal sealed class LoginModel(SignInManager<OfficerAccount> signIn) : UiPageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password) || UserName.Length > 256 || Password.Length > 256)
        {
            Error = L["Cần tên đăng nhập và mật khẩu.", "A user name and a password are required."];
            return Page();
        }

        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            var refusal = await OfficerAccess.RefusalAsync(signIn.UserManager, result, UserName.Trim(), Password);
            (Error, Response.StatusCode) = refusal switch
            {
                SignInRefusal.Disabled => (L[OfficerAccess.DisabledVi, OfficerAccess.DisabledEn], StatusCodes.Status403Forbidden),
                SignInRefusal.LockedOut => (L["Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau 15 phút.", "The account is locked after repeated failures; try again in 15 minutes."],
                    StatusCodes.Status429TooManyRequests),
                _ => (L["Tên đăng nhập hoặc mật khẩu không đúng.", "The user name or password is wrong."], StatusCodes.Status401Unauthorized),
            };
            return Page();
        }

        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }

        var account = await signIn.UserManager.FindByNameAsync(UserName.Trim());
        var roles = await signIn.UserManager.GetRolesAsync(account!);
        return LocalRedirect(HomeOf(roles.ToHashSet(StringComparer.Ordinal)));
    }
}
