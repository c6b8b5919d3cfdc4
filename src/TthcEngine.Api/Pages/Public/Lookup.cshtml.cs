using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using TthcEngine.Api.Endpoints;
using TthcEngine.Api.Pages.Ui;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Pages.Public;

/// <summary>
/// The public lookup (the address the receipt's QR code holds, <c>/tra-cuu?ma=…</c>): the code and PIN give the state,
/// the appointment and the steps by unit, with no personal data; after the hand-over, one satisfaction rating. It runs
/// the handlers of <c>POST /api/public/lookup</c> and <c>/rating</c>, with their rate limit and lock on wrong PINs.
/// Light on purpose: no script needed, one small style sheet.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AuthSetup.PublicLimit)]
internal sealed class LookupModel(TthcDbContext db, DossierService service, PinGuesses guesses, TimeProvider time) : UiPageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty]
    public string? Pin { get; set; }

    public PublicDossier? Found { get; private set; }

    public string? Error { get; private set; }

    public bool Rated { get; private set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => LookUpAsync(cancellationToken);

    public async Task<IActionResult> OnPostRateAsync(int score, string? comment, CancellationToken cancellationToken)
    {
        var outcome = UiOutcome.Read(await PublicEndpoints.Rate(new RatingRequest(Code ?? "", Pin ?? "", score, comment), db, guesses, time, cancellationToken));
        if (outcome.Ok)
        {
            Rated = true;
        }
        else
        {
            Error = outcome.Message(L);
        }

        return await LookUpAsync(cancellationToken);
    }

    /// <summary>Online payment is offered while the dossier waits for its financial obligation (status 6) and the national payment platform is configured.</summary>
    public bool CanPayOnline => Found is { NationalStatus: 6 } && HttpContext.RequestServices.GetService<National.Payment.OnlinePayments>() is not null;

    /// <summary>The platform's payment page of the payment just created; the page links to it.</summary>
    public Uri? PaymentPage { get; private set; }

    /// <summary>
    /// Creates the payment (<c>POST /api/public/payments</c>) and shows the link to the platform's payment page. A link,
    /// not a redirect: the pages' Content-Security-Policy (<c>form-action 'self'</c>) stops a form's answer from taking
    /// the browser to another site, and the applicant should see where they are going.
    /// </summary>
    public async Task<IActionResult> OnPostPayAsync(CancellationToken cancellationToken)
    {
        var outcome = UiOutcome.Read(await PaymentEndpoints.PublicStart(new LookupRequest(Code ?? "", Pin ?? ""), HttpContext, db, guesses, cancellationToken));
        if (outcome.As<PaymentView>() is { PaymentUrl: { } url } && Uri.TryCreate(url, UriKind.Absolute, out var page) && page.Scheme is "https" or "http")
        {
            PaymentPage = page;
        }
        else
        {
            Error = outcome.Ok ? L["Cổng thanh toán không trả về trang thanh toán.", "The payment platform gave no payment page."] : outcome.Message(L);
        }

        return await LookUpAsync(cancellationToken);
    }

    /// <summary>Sends the applicant's request to withdraw (<c>POST /api/public/withdrawal-request</c>), then shows the dossier again.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(string? reason, CancellationToken cancellationToken)
    {
        var outcome = UiOutcome.Read(await PublicEndpoints.RequestWithdrawal(new WithdrawalRequestByApplicant(Code ?? "", Pin ?? "", reason ?? ""), db, service, guesses, time, cancellationToken));
        if (!outcome.Ok)
        {
            Error = outcome.Message(L);
        }

        return await LookUpAsync(cancellationToken);
    }

    /// <summary>The electronic result as a download (<c>POST /api/public/result</c>), or the page with why not.</summary>
    public async Task<IActionResult> OnPostResultAsync(CancellationToken cancellationToken)
    {
        var result = await PublicEndpoints.Result(new LookupRequest(Code ?? "", Pin ?? ""), db, guesses, cancellationToken);
        if (result is FileContentHttpResult file)
        {
            return File(file.FileContents.ToArray(), file.ContentType ?? "application/octet-stream", file.FileDownloadName);
        }

        Error = UiOutcome.Read(result).Message(L);
        return await LookUpAsync(cancellationToken);
    }

    private async Task<IActionResult> LookUpAsync(CancellationToken cancellationToken)
    {
        var outcome = UiOutcome.Read(await PublicEndpoints.Lookup(new LookupRequest(Code ?? "", Pin ?? ""), db, service, guesses, cancellationToken));
        Found = outcome.As<PublicDossier>();
        if (Found is null)
        {
            Error = outcome.Message(L);
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
