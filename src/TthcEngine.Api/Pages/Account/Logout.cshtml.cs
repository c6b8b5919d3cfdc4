using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Infrastructure.Accounts;

namespace TthcEngine.Api.Pages.Account;

/// <summary>Signs the officer out (a POST, so no link can do it unasked) and returns to the sign-in page.</summary>
internal sealed class LogoutModel(SignInManager<OfficerAccount> signIn) : UiPageModel
{
    public IActionResult OnGet() => LocalRedirect("/login");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/login");
    }
}
