using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Endpoints;

/// <summary>What the applicant of a dossier was told by SMS and email, for the officers who see the dossier.</summary>
public static class NoticeEndpoints
{
    public static IEndpointRouteBuilder MapNoticeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dossiers/{id:guid}/notices", List).WithTags("Dossiers").RequireAuthorization()
            .WithSummary("Thông báo đã gửi người nộp qua SMS, thư điện tử (the applicant's notices; whoever sees the dossier)");
        return app;
    }

    private static async Task<IResult> List(Guid id, ClaimsPrincipal user, DossierCommands dossiers, CancellationToken cancellationToken)
    {
        if (await dossiers.FindAsync(id, Officer.From(user), cancellationToken) is null)
        {
            return ApiProblems.DossierNotFound();
        }

        return TypedResults.Ok(await ListAsync(dossiers.Db, id, cancellationToken));
    }

    /// <summary>A dossier's notices, oldest first, for a caller that has already checked the officer may see it.</summary>
    internal static Task<IReadOnlyList<ApplicantNoticeView>> ListAsync(TthcDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        ListAsync(db.ApplicantNotices.Where(n => n.DossierId == dossierId), cancellationToken);

    /// <summary>
    /// An online application's notices, oldest first (its submission's, its refusal's; a dossier's own are the
    /// dossier's), for a caller that has already checked the officer's agency is the application's.
    /// </summary>
    internal static Task<IReadOnlyList<ApplicantNoticeView>> ListForApplicationsAsync(TthcDbContext db, IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken) =>
        ListAsync(db.ApplicantNotices.Where(n => n.ApplicationId != null && applicationIds.Contains(n.ApplicationId.Value)), cancellationToken);

    private static async Task<IReadOnlyList<ApplicantNoticeView>> ListAsync(IQueryable<ApplicantNoticeRecord> query, CancellationToken cancellationToken)
    {
        var notices = await query.AsNoTracking()
            .OrderBy(n => n.At).ThenBy(n => n.QueuedAt).ThenBy(n => n.Id)
            .ToListAsync(cancellationToken);
        return [.. notices.Select(n => new ApplicantNoticeView(
            n.Id, n.Kind, n.Channel, n.Recipient, n.Subject, n.Text,
            n.SentAt is not null ? "sent" : n.FailedAt is not null ? "failed" : "queued",
            n.At, n.SentAt, n.FailedAt, n.Attempts, n.LastError) { ApplicationId = n.ApplicationId })];
    }
}
