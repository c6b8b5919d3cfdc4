using TthcEngine.Infrastructure.Accounts;
using TthcEngine.National.Resilience;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// Liveness, and the national partners' state where they are configured: the circuit of each and the backlog of
/// changes not yet acknowledged (docs/integration.md).
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Health)
            .WithTags("Health")
            .WithSummary("Liveness: the process answers; the national partners' circuits and backlogs");
        app.MapGet("/api/supervisor/partners", Partners)
            .WithTags("Supervisor")
            .RequireAuthorization(Roles.Supervisor)
            .WithSummary("Các hệ thống quốc gia: trạng thái kết nối và số thay đổi chờ đồng bộ (national partners)");
        return app;
    }

    private static async Task<IResult> Health(IServiceProvider services, CancellationToken cancellationToken)
    {
        var partners = await PartnersAsync(services, cancellationToken);
        var degraded = partners.Any(p => p.Circuit != "Closed");
        return TypedResults.Ok(new { status = degraded ? "degraded" : "ok", partners });
    }

    private static async Task<IResult> Partners(IServiceProvider services, CancellationToken cancellationToken) =>
        TypedResults.Ok(await PartnersAsync(services, cancellationToken));

    /// <summary>Only the partners configured in this process (none by default).</summary>
    internal static async Task<IReadOnlyList<PartnerHealth>> PartnersAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var partners = new List<PartnerHealth>();
        foreach (var partner in services.GetServices<IPartnerHealth>())
        {
            partners.Add(await partner.ReadAsync(cancellationToken));
        }

        return partners;
    }
}
