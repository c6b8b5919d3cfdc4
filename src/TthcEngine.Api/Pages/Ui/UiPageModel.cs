using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TthcEngine.Api.Security;
using TthcEngine.Infrastructure.Accounts;

namespace TthcEngine.Api.Pages.Ui;

/// <summary>
/// The base of every page: the language, the signed-in officer, and one message carried over the redirect that follows
/// each action (post, redirect, get), so reloading a page never repeats an action.
/// </summary>
internal abstract class UiPageModel : PageModel
{
    public Lang L => Lang.For(HttpContext);

    public Officer Me => Officer.From(User);

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    /// <summary>The page each role starts from after sign-in.</summary>
    public static string HomeOf(IReadOnlySet<string> roles) =>
        roles.Contains(Roles.Desk) ? "/mot-cua"
        : roles.Contains(Roles.Specialist) || roles.Contains(Roles.Leader) ? "/viec"
        : roles.Contains(Roles.FocalPoint) ? "/luong-xanh"
        : roles.Contains(Roles.Supervisor) || roles.Contains(Roles.Admin) ? "/giam-sat"
        : "/";

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) => Lang.For(HttpContext);

    /// <summary>Redirects to <paramref name="url"/> with the outcome's message (or <paramref name="done"/> when it succeeded).</summary>
    protected IActionResult After(UiOutcome outcome, string done, string url)
    {
        if (outcome.Ok)
        {
            Notice = done;
        }
        else
        {
            Problem = outcome.Message(L);
        }

        return LocalRedirect(url);
    }
}
