using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.Public;

/// <summary>
/// The lookup of an online application (<c>/nop-truc-tuyen/tra-cuu</c>) by its reference and PIN: submitted, refused
/// with the reason, or accepted with the dossier's code and PIN (a link to the dossier's lookup). It runs the handler of
/// <c>POST /api/public/applications/lookup</c>, with its rate limit and lock on wrong PINs.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AuthSetup.PublicLimit)]
internal sealed class ApplicationLookupModel(TthcDbContext db, ProcedureCatalog procedures, PinGuesses guesses, IDataProtectionProvider protection) : UiPageModel
{
    [BindProperty(Name = "ma")]
    public string? Reference { get; set; }

    [BindProperty]
    public string? Pin { get; set; }

    public OnlineApplicationStatus? Found { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = UiOutcome.Read(await OnlineApplicationEndpoints.Lookup(new ApplicationLookupRequest(Reference ?? "", Pin ?? ""), db, procedures, guesses, protection, cancellationToken));
        Found = outcome.As<OnlineApplicationStatus>();
        if (Found is null)
        {
            Error = outcome.Message(L);
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
