namespace TthcEngine.Api.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }))
            .WithTags("Health")
            .WithSummary("Liveness: the process answers");
        return app;
    }
}
