namespace TthcEngine.FakeNational;

/// <summary>
/// The fake's own controls under <c>/_fake</c>: <c>PUT /_fake/faults</c> (a <see cref="FaultSettings"/>),
/// <c>POST /_fake/script</c> (the faults of the next calls, in order, e.g. <c>["TimeoutAfterWork"]</c>),
/// <c>POST /_fake/outage?seconds=N</c> (every call 503 for N seconds; <c>DELETE</c> ends it),
/// <c>GET /_fake/dossiers/{code}</c> (what it holds and received), <c>GET /_fake/stats</c>, <c>POST /_fake/reset</c>.
/// </summary>
public static class ControlEndpoints
{
    public static IEndpointRouteBuilder MapControlEndpoints(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_fake");
        control.MapGet("/faults", (FaultInjector faults) => Results.Json(faults.Settings));
        control.MapPut("/faults", (FaultSettings settings, FaultInjector faults) =>
        {
            try
            {
                faults.Configure(settings);
                return Results.Json(faults.Settings);
            }
            catch (ArgumentException e)
            {
                return Results.BadRequest(new { error = e.Message });
            }
        });
        control.MapPost("/script", (Fault[] faults, FaultInjector injector) =>
        {
            injector.Script(faults);
            return Results.NoContent();
        });
        control.MapPost("/outage", (double seconds, FaultInjector faults, TimeProvider time) =>
        {
            faults.OutageUntil(time.GetUtcNow().AddSeconds(seconds));
            return Results.Json(new { until = faults.Outage });
        });
        control.MapDelete("/outage", (FaultInjector faults) =>
        {
            faults.OutageUntil(null);
            return Results.NoContent();
        });
        control.MapGet("/dossiers/{code}", (string code, FakePortal portal) =>
            portal.Inspect(code) is { } dossier ? Results.Json(dossier) : Results.NotFound());
        control.MapGet("/stats", (FakePortal portal, FaultInjector faults) =>
        {
            var stats = portal.Summary();
            stats["faults"] = System.Text.Json.JsonSerializer.SerializeToNode(faults.Counts);
            stats["outageUntil"] = faults.Outage?.ToString("O");
            return Results.Json(stats);
        });
        control.MapPost("/reset", (FakePortal portal, FaultInjector faults) =>
        {
            portal.Reset();
            faults.Configure(new FaultSettings());
            faults.OutageUntil(null);
            return Results.NoContent();
        });
        return app;
    }
}
