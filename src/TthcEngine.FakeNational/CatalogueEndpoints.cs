using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcEngine.FakeNational;

/// <summary>
/// The national procedure database as the province's adapter serves it ([TD], shared/national-api.md §2.1): GETs
/// answered <c>{message: "&lt;JSON text&gt;"}</c> holding <c>{result: [...]}</c>, each call through the fault injector.
/// No token is asked for ([TD]'s catalogue GETs carry none). Controls: <c>GET/PUT /_fake/catalogue/{code}</c> reads or
/// replaces a record (a change of the national database), <c>POST /_fake/catalogue/reset</c> restores the seeds.
/// </summary>
public static class CatalogueEndpoints
{
    /// <summary>The fields of a record in the list (LayDanhSachTTHC sends summaries; the detail has everything).</summary>
    private static readonly string[] ListFields = ["ID", "MATTHC", "TENTTHC", "LOAITTHC", "TRANGTHAI", "CAPTHUCHIEN", "LINHVUCTHUCHIEN", "COQUANTHUCHIEN"];

    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        var settings = app.ServiceProvider.GetRequiredService<FakeCatalogueSettings>();
        var open = new FakeTokens(new FakeSettings());
        app.MapGet(Route(settings.ListPath), (HttpContext http, FakeCatalogue catalogue, FaultInjector faults) =>
            PortalEndpoints.WithFaultsAsync(http, faults, open, _ => Reply(catalogue.All().Select(Summary))));
        app.MapGet(Route(settings.UnitListPath), (HttpContext http, FakeCatalogue catalogue, FaultInjector faults) =>
        {
            var unit = http.Request.Query["maDonVi"].ToString();
            return PortalEndpoints.WithFaultsAsync(http, faults, open, _ => Reply(catalogue.All()
                .Where(r => r["COQUANTHUCHIEN"]!.AsArray().Any(a => a!["MADONVI"]!.GetValue<string>().StartsWith(unit, StringComparison.Ordinal)))
                .Select(Summary)));
        });
        app.MapGet(Route(settings.DetailPath), (HttpContext http, FakeCatalogue catalogue, FaultInjector faults) =>
            PortalEndpoints.WithFaultsAsync(http, faults, open, _ =>
                Reply(catalogue.Find(http.Request.Query["maTTHC"].ToString()) is { } record ? [record] : [])));

        var control = app.MapGroup("/_fake/catalogue");
        control.MapGet("/{code}", (string code, FakeCatalogue catalogue) => catalogue.Find(code) is { } record ? Results.Json(record) : Results.NotFound());
        control.MapPut("/{code}", (string code, JsonObject record, FakeCatalogue catalogue) =>
        {
            if (record["MATTHC"]?.GetValueKind() != JsonValueKind.String || record["MATTHC"]!.GetValue<string>() != code)
            {
                return Results.BadRequest(new { error = "MATTHC must be the code of the path, as a string." });
            }

            catalogue.Put(code, record);
            return Results.NoContent();
        });
        control.MapPost("/reset", (FakeCatalogue catalogue) =>
        {
            catalogue.Reset();
            return Results.NoContent();
        });
        return app;
    }

    private static string Route(string path) => "/" + path.TrimStart('/');

    private static JsonObject Summary(JsonObject record) =>
        new([.. ListFields.Where(record.ContainsKey).Select(f => KeyValuePair.Create(f, record[f]?.DeepClone()))]);

    /// <summary>The records as JSON text in <c>message</c>: [TD] parses the message again.</summary>
    private static JsonObject Reply(IEnumerable<JsonObject> records) =>
        new() { ["message"] = new JsonObject { ["result"] = new JsonArray([.. records]) }.ToJsonString() };
}
