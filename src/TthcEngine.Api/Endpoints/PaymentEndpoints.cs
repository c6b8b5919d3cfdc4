using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.National.Payment;
using TthcEngine.National.Payment.Wire;
using TthcEngine.National.Portal;
using TthcEngine.National.Portal.Wire;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// Online payment of a dossier's fees through the national payment platform (docs/integration.md, "Online payment"):
/// the desk, or the applicant with the code and PIN, creates a payment and gets the platform's payment page; the
/// platform's callback (no sign-in, its MaXacThuc checked) pays it; the desk can ask the platform about a payment and
/// download its receipt. Without <c>National:Payment:BaseUrl</c> the payments answer 503 and the callback 404.
/// </summary>
public static class PaymentEndpoints
{
    /// <summary>The address the platform is told to call back (configured at the platform, per partner).</summary>
    public const string CallbackPath = "/api/payments/callback";

    public static IEndpointRouteBuilder MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
        var payments = app.MapGroup("/api/dossiers/{id:guid}/payments").WithTags("Payments").RequireAuthorization();
        payments.MapPost("/", Start).WithSummary("Tạo khoản thanh toán trực tuyến (create an online payment; the platform's payment page)");
        payments.MapGet("/", List).WithSummary("Các khoản thanh toán trực tuyến của hồ sơ (a dossier's online payments)");
        payments.MapPost("/{reference}/check", Check).WithSummary("Tra cứu trạng thái thanh toán tại Cổng (QUERY; a paid answer is applied)");
        payments.MapGet("/{reference}/receipt", Receipt).WithSummary("Biên lai thanh toán (GET_BILL, PDF)");

        app.MapPost("/api/public/payments", PublicStart).WithTags("Public").AllowAnonymous().RequireRateLimiting(AuthSetup.PublicLimit)
            .WithSummary("Nộp phí, lệ phí trực tuyến bằng mã hồ sơ và mã tra cứu (pay online with the code and PIN)");
        app.MapPost(CallbackPath, Callback).WithTags("Payments").AllowAnonymous()
            .WithSummary("Cổng thanh toán báo kết quả (the platform's callback; MaXacThuc checked, replays change nothing)");
        return app;
    }

    internal static async Task<IResult> Start(
        Guid id, PaymentRequest? body, HttpContext http, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (body?.Amount is { } amount && amount is <= 0 or > 10_000_000_000)
        {
            return ApiProblem.Invalid("payment.amount", "Số tiền phải lớn hơn 0 và không quá 10 tỷ đồng.", "The amount must be positive and at most 10 billion dong.");
        }

        if (await dossiers.FindAsync(id, officer, cancellationToken) is not { } found)
        {
            return ApiProblems.DossierNotFound();
        }

        if (!dossiers.Access.IsDeskOf(officer, found.Record))
        {
            return ApiProblems.NotYours("thu phí trực tuyến");
        }

        return await StartAsync(http, id, body?.Amount, officer.UserName, cancellationToken);
    }

    internal static async Task<IResult> PublicStart(LookupRequest body, HttpContext http, TthcDbContext db, PinGuesses guesses, CancellationToken cancellationToken)
    {
        if (await PublicEndpoints.MatchAsync(body.Code, body.Pin, db, guesses, cancellationToken) is not { } record)
        {
            return await PublicEndpoints.NotFoundAsync(body.Code, guesses, cancellationToken);
        }

        return await StartAsync(http, record.Id, amount: null, officer: null, cancellationToken);
    }

    private static async Task<IResult> StartAsync(HttpContext http, Guid dossierId, long? amount, string? officer, CancellationToken cancellationToken)
    {
        if (http.RequestServices.GetService<OnlinePayments>() is not { } payments)
        {
            return NotConfigured();
        }

        try
        {
            var ip = http.Connection.RemoteIpAddress is { } address
                ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
                : "127.0.0.1";
            var (payment, created) = await payments.StartAsync(dossierId, amount, officer, ip, cancellationToken);
            return created
                ? TypedResults.Created($"/api/dossiers/{dossierId}/payments/{payment.Reference}", View(payment))
                : TypedResults.Ok(View(payment));
        }
        catch (PaymentRuleException e)
        {
            return ApiProblem.Create(StatusCodes.Status409Conflict, e.Code, e.MessageVi, e.Message);
        }
        catch (PaymentUnavailableException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<IResult> List(Guid id, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        if (await dossiers.FindAsync(id, Officer.From(user), cancellationToken) is null)
        {
            return ApiProblems.DossierNotFound();
        }

        return TypedResults.Ok(await ListAsync(dossiers.Db, id, cancellationToken));
    }

    /// <summary>A dossier's payments, oldest first, for a caller that has already checked the officer may see it.</summary>
    internal static async Task<IReadOnlyList<PaymentView>> ListAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => p.DossierId == dossierId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        return [.. payments.Select(View)];
    }

    private static async Task<IResult> Check(
        Guid id, string reference, HttpContext http, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        if (await dossiers.FindAsync(id, officer, cancellationToken) is not { } found)
        {
            return ApiProblems.DossierNotFound();
        }

        if (await FindAsync(id, reference, dossiers.Db, cancellationToken) is not { } payment)
        {
            return PaymentNotFound();
        }

        if (!dossiers.Access.IsDeskOf(officer, found.Record))
        {
            return ApiProblems.NotYours("tra cứu thanh toán");
        }

        if (http.RequestServices.GetService<OnlinePayments>() is not { } payments)
        {
            return NotConfigured();
        }

        try
        {
            return TypedResults.Ok(View(await payments.CheckAsync(payment.Id, cancellationToken)));
        }
        catch (PaymentUnavailableException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<IResult> Receipt(
        Guid id, string reference, HttpContext http, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        if (await dossiers.FindAsync(id, Officer.From(user), cancellationToken) is null)
        {
            return ApiProblems.DossierNotFound();
        }

        if (await FindAsync(id, reference, dossiers.Db, cancellationToken) is not { } payment)
        {
            return PaymentNotFound();
        }

        var payments = http.RequestServices.GetService<OnlinePayments>();
        if (payment.Receipt is null && payments is null)
        {
            return NotConfigured();
        }

        try
        {
            var pdf = payment.Receipt ?? await payments!.ReceiptAsync(payment.Id, cancellationToken);
            return TypedResults.File(pdf, "application/pdf", $"bien-lai-{payment.Reference}.pdf");
        }
        catch (PaymentRuleException e)
        {
            return ApiProblem.Create(StatusCodes.Status409Conflict, e.Code, e.MessageVi, e.Message);
        }
        catch (PaymentUnavailableException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<IResult> Callback(PaymentCallback body, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        if (http.RequestServices.GetService<OnlinePayments>() is not { } payments)
        {
            return ApiProblem.Create(StatusCodes.Status404NotFound, "payment.not-configured",
                "Chưa kết nối Cổng thanh toán quốc gia.", "The national payment platform is not configured.");
        }

        var answer = await payments.ReceiveCallbackAsync(body, cancellationToken);
        var options = payments.Options;
        var reply = new PaymentCallbackReply { ErrorCode = answer.Code, ErrorText = answer.Text, PartnerCode = options.PartnerCode, At = PortalDates.Write(time.GetUtcNow()) };
        if (options.SignCallbackReplies)
        {
            reply = reply with { AuthCode = PaymentAuthCode.ForReply(reply, options.Secret) };
        }

        return Results.Json(reply, WireJson.Options);
    }

    private static Task<PaymentRecord?> FindAsync(Guid id, string reference, TthcDbContext db, CancellationToken cancellationToken) =>
        db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.DossierId == id && p.Reference == reference, cancellationToken);

    private static PaymentView View(PaymentRecord p) => new(
        p.Reference, p.Amount, DossierViews.Camel(p.State.ToString()), p.PaymentUrl, p.TransactionId, p.Bank, p.CreatedAt, p.CreatedBy, p.PaidAt, p.Failure,
        p.CallbacksReceived, p.Receipt is not null);

    private static IResult PaymentNotFound() => ApiProblem.Create(StatusCodes.Status404NotFound, "payment.not-found",
        "Không tìm thấy khoản thanh toán của hồ sơ.", "No such payment of the dossier.");

    private static IResult NotConfigured() => ApiProblem.Create(StatusCodes.Status503ServiceUnavailable, "payment.not-configured",
        "Chưa kết nối Cổng thanh toán quốc gia; hãy thu phí trực tiếp.", "The national payment platform is not configured; collect the fee at the desk.");

    private static IResult Unavailable(PaymentUnavailableException e) => e.ErrorCode is null
        ? ApiProblem.Create(StatusCodes.Status503ServiceUnavailable, "payment.unavailable",
            "Cổng thanh toán quốc gia không phản hồi; không có khoản thanh toán mới, hồ sơ không thay đổi. Hãy thử lại sau.",
            "The national payment platform did not answer; no payment page, nothing changed on the dossier. Try again later.")
        : ApiProblem.Create(StatusCodes.Status502BadGateway, "payment.refused",
            $"Cổng thanh toán quốc gia từ chối (mã {e.ErrorCode}); hồ sơ không thay đổi.",
            $"The national payment platform refused (code {e.ErrorCode}); nothing changed.");
}
