using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Pages.Public;

/// <summary>
/// The lookup of an online application (<c>/nop-truc-tuyen/tra-cuu</c>) by its reference and PIN: submitted, refused
/// with the reason and its code (and the refusal slip, Form 03, to print), or accepted with the dossier's code and PIN (a link to the dossier's lookup). It runs the handler of
/// <c>POST /api/public/applications/lookup</c>, with its rate limit and lock on wrong PINs.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AuthSetup.PublicLimit)]
internal sealed class ApplicationLookupModel(
    TthcDbContext db, ProcedureCatalog procedures, AgencyCatalog agencies, PinGuesses guesses, IDataProtectionProvider protection, IConfiguration configuration) : UiPageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Reference { get; set; }

    [BindProperty]
    public string? Pin { get; set; }

    public OnlineApplicationStatus? Found { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => LookUpAsync(cancellationToken);

    /// <summary>The refusal slip (Form 03) to print (<c>POST /api/public/applications/refusal-slip</c>), or the page with why not.</summary>
    public async Task<IActionResult> OnPostSlipAsync(CancellationToken cancellationToken)
    {
        var result = await FormEndpoints.PublicApplicationRefusal(new ApplicationLookupRequest(Reference ?? "", Pin ?? ""), db, guesses, agencies, procedures, configuration, cancellationToken);
        if (result is ContentHttpResult { ResponseContent: { } html })
        {
            return Content(html, "text/html; charset=utf-8");
        }

        var outcome = UiOutcome.Read(result);
        if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status404NotFound })
        {
            // A wrong PIN was counted once already: no second lookup to count it again.
            Error = outcome.Message(L);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        return await LookUpAsync(cancellationToken, outcome.Message(L));
    }

    private async Task<IActionResult> LookUpAsync(CancellationToken cancellationToken, string? error = null)
    {
        var outcome = UiOutcome.Read(await OnlineApplicationEndpoints.Lookup(new ApplicationLookupRequest(Reference ?? "", Pin ?? ""), db, procedures, guesses, protection, cancellationToken));
        Found = outcome.As<OnlineApplicationStatus>();
        if (Found is null)
        {
            Error = outcome.Message(L);
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        else
        {
            Error = error;
        }

        return Page();
    }
}
