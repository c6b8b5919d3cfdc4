using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>The portal's services at the configured paths, each call passing through the fault injector.</summary>
public static class PortalEndpoints
{
    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        var settings = app.ServiceProvider.GetRequiredService<FakeSettings>();
        app.MapPost(Route(settings.InsertPath), (HttpContext http, FakePortal portal, FaultInjector faults, FakeTokens tokens) =>
            WithFaultsAsync(http, faults, tokens, body => body is JsonArray records ? portal.Insert(records) : NotAnArray()));
        app.MapPost(Route(settings.UpdatePath), (HttpContext http, FakePortal portal, FaultInjector faults, FakeTokens tokens) =>
            WithFaultsAsync(http, faults, tokens, body => body is JsonArray records ? portal.Update(records) : NotAnArray()));
        app.MapPost(Route(settings.ProgressPath), (HttpContext http, FakePortal portal, FaultInjector faults, FakeTokens tokens) =>
            WithFaultsAsync(http, faults, tokens, body => body is JsonArray records ? portal.AddHistory(records, settings.ProgressBatchLimit) : NotAnArray()));
        app.MapGet(Route(settings.LookupPath), (HttpContext http, FakePortal portal, FaultInjector faults, FakeTokens tokens) =>
            WithFaultsAsync(http, faults, tokens, _ => portal.Lookup(http.Request.Query["MaHoSo"].ToString())));
        app.MapPost(Route(settings.TokenPath), async (HttpContext http, FakeTokens tokens) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var token = form["grant_type"] == "client_credentials" ? tokens.Issue(form["client_id"], form["client_secret"]) : null;
            return token is null
                ? Results.Json(FakePortal.Reply("-1", "Sai thông tin xác thực"), statusCode: StatusCodes.Status401Unauthorized)
                : Results.Json(FakePortal.Reply("0", JsonSerializer.Serialize(new { access_token = token, token_type = "Bearer", expires_in = 3600 })));
        });
        return app;
    }

    private static string Route(string path) => "/" + path.TrimStart('/');

    private static JsonObject NotAnArray() => FakePortal.Reply("-1", "Dữ liệu phải là một mảng JSON.");

    /// <summary>One call through the fault injector (and the gateway token, when demanded): the work runs unless the fault comes before it. The catalogue's and the population database's calls use it too.</summary>
    internal static Task<IResult> WithFaultsAsync(HttpContext http, FaultInjector faults, FakeTokens tokens, Func<JsonNode?, JsonObject> work) =>
        !tokens.Allows(http.Request)
            ? Task.FromResult<IResult>(Results.Json(FakePortal.Reply("-1", "Chưa xác thực"), statusCode: StatusCodes.Status401Unauthorized))
            : FaultedCall.RunAsync(http, faults, async () =>
            {
                var body = http.Request.Method == HttpMethods.Post ? await FaultedCall.ReadJsonAsync(http) : null;
                return Results.Json(body is JsonNode { } malformed && malformed.GetValueKind() == JsonValueKind.Undefined ? NotAnArray() : work(body));
            });
}
