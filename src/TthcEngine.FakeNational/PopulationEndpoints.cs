namespace TthcEngine.FakeNational;

/// <summary>
/// The population database's lookup at <c>Fake:PopulationPath</c> (the client's default path), through the same fault
/// injector as the portal; <c>GET /_fake/population/lookups</c> lists the requests received.
/// </summary>
public static class PopulationEndpoints
{
    public static IEndpointRouteBuilder MapPopulationEndpoints(this IEndpointRouteBuilder app)
    {
        var path = app.ServiceProvider.GetRequiredService<IConfiguration>()["Fake:PopulationPath"] ?? "CSDLDanCu/TraCuuThongTinCongDan";
        app.MapPost("/" + path.TrimStart('/'), (HttpContext http, FakePopulation population, FaultInjector faults, FakeTokens tokens) =>
            PortalEndpoints.WithFaultsAsync(http, faults, tokens, population.Lookup));
        app.MapGet("/_fake/population/lookups", (FakePopulation population) => Results.Json(population.Received));
        return app;
    }
}
