using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>
/// The payment platform's messages at the configured paths, each through the fault injector; the payment page
/// (<c>GET /payment/pay/{ref}</c>, its button posts back to it); the controls: <c>POST /_fake/payment/{ref}/pay</c>
/// (<c>?result=00</c>, <c>bank=</c>, <c>deliver=false</c> for a lost callback), <c>GET /_fake/payment/{ref}</c>,
/// <c>GET|PUT /_fake/payment/settings</c> (callback URL, copies, at once).
/// </summary>
public static class PaymentPlatformEndpoints
{
    public static IEndpointRouteBuilder MapPaymentPlatformEndpoints(this IEndpointRouteBuilder app)
    {
        var settings = app.ServiceProvider.GetRequiredService<PaymentSettings>();
        app.MapPost(Route(settings.InitPath), (HttpContext http, PaymentPlatform platform, FaultInjector faults) =>
            WithFaultsAsync(http, platform, faults, body => Results.Json(platform.Init(body, $"{http.Request.Scheme}://{http.Request.Host}"))));
        app.MapPost(Route(settings.QueryPath), (HttpContext http, PaymentPlatform platform, FaultInjector faults) =>
            WithFaultsAsync(http, platform, faults, body => Results.Json(platform.Query(body))));
        app.MapPost(Route(settings.BillPath), (HttpContext http, PaymentPlatform platform, FaultInjector faults) =>
            WithFaultsAsync(http, platform, faults, body => platform.Bill(body) switch
            {
                ({ } pdf, _) => Results.File(pdf, "application/pdf", "bien-lai.pdf"),
                (_, var refusal) => Results.Json(refusal, statusCode: StatusCodes.Status404NotFound),
            }));

        app.MapGet("/payment/pay/{reference}", (string reference, PaymentPlatform platform) =>
            platform.Find(reference) is { } transaction
                ? Results.Content(
                    $"""
                    <!doctype html><html lang="vi"><meta charset="utf-8"><title>Thanh toán</title>
                    <h1>Cổng thanh toán (giả lập)</h1><p>{WebUtility.HtmlEncode(transaction.Description)}: {transaction.Amount:N0} VND</p>
                    <form method="post"><button name="result" value="00">Thanh toán</button> <button name="result" value="99">Hủy</button></form>
                    """,
                    "text/html; charset=utf-8")
                : Results.NotFound());
        app.MapPost("/payment/pay/{reference}", async (string reference, HttpContext http, PaymentPlatform platform) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            return await PayAsync(platform, reference, form["result"].ToString() is { Length: > 0 } r ? r : "00", "VCB", deliver: true, http.RequestAborted);
        });

        var control = app.MapGroup("/_fake/payment");
        control.MapGet("/settings", (PaymentPlatform platform) => Results.Json(new
        {
            platform.Settings.CallbackUrl, platform.Settings.CallbackCopies, platform.Settings.CallbacksAtOnce, platform.Count,
        }));
        control.MapPut("/settings", (PaymentControl change, PaymentPlatform platform) =>
        {
            platform.Settings.CallbackUrl = change.CallbackUrl ?? platform.Settings.CallbackUrl;
            platform.Settings.CallbackCopies = change.CallbackCopies ?? platform.Settings.CallbackCopies;
            platform.Settings.CallbacksAtOnce = change.CallbacksAtOnce ?? platform.Settings.CallbacksAtOnce;
            return Results.NoContent();
        });
        control.MapGet("/{reference}", (string reference, PaymentPlatform platform) =>
            platform.Find(reference) is { } transaction ? Results.Json(transaction) : Results.NotFound());
        control.MapPost("/{reference}/pay", (string reference, PaymentPlatform platform, HttpContext http, string? result, string? bank, bool? deliver) =>
            PayAsync(platform, reference, result ?? "00", bank ?? "VCB", deliver ?? true, http.RequestAborted));
        control.MapPost("/reset", (PaymentPlatform platform) =>
        {
            platform.Reset();
            return Results.NoContent();
        });
        return app;
    }

    private static async Task<IResult> PayAsync(PaymentPlatform platform, string reference, string result, string bank, bool deliver, CancellationToken cancellationToken)
    {
        if (platform.Find(reference) is null)
        {
            return Results.NotFound();
        }

        var replies = await platform.PayAsync(reference, result, bank, deliver, cancellationToken);
        return Results.Json(new { reference, replies });
    }

    private static string Route(string path) => "/" + path.TrimStart('/');

    private static Task<IResult> WithFaultsAsync(HttpContext http, PaymentPlatform platform, FaultInjector faults, Func<JsonNode?, IResult> work) =>
        platform.Settings.AccessToken is { Length: > 0 } token && http.Request.Headers.Authorization.ToString() != "Bearer " + token
            ? Task.FromResult<IResult>(Results.Json(new JsonObject { ["error_code"] = "-1", ["message"] = "Chưa xác thực" }, statusCode: StatusCodes.Status401Unauthorized))
            : FaultedCall.RunAsync(http, faults, async () => work(await FaultedCall.ReadJsonAsync(http)));
}
