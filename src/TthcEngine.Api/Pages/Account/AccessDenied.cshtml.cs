using TthcEngine.Api.Pages.Ui;

namespace TthcEngine.Api.Pages.Account;

/// <summary>Where the cookie handler sends an officer whose role may not open a page.</summary>
internal sealed class AccessDeniedModel : UiPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
