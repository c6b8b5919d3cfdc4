using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// The signed-in officer's notices (thông báo): steps given to or taken from them, their steps and their unit's coming
/// due or overdue, focal points' expedites, green-lane branch events. Each officer sees and marks only their own.
/// </summary>
public static class OfficerNoticeEndpoints
{
    /// <summary>The most notices one list returns.</summary>
    public const int Limit = 100;

    public static IEndpointRouteBuilder MapOfficerNoticeEndpoints(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/me/notices").WithTags("Notices").RequireAuthorization();
        mine.MapGet("", List).WithSummary("Thông báo của tôi, mới nhất trước (my notices, newest first)");
        mine.MapPost("/{id:guid}/read", Read).WithSummary("Đánh dấu đã đọc một thông báo (mark one read)");
        mine.MapPost("/read-all", ReadAll).WithSummary("Đánh dấu đã đọc mọi thông báo (mark all read)");
        return app;
    }

    internal static async Task<IResult> List(bool? unread, ClaimsPrincipal user, TthcDbContext db, CancellationToken cancellationToken)
    {
        var me = Officer.From(user).UserName;
        var mine = db.OfficerNotices.AsNoTracking().Where(n => n.Recipient == me);
        var count = await UnreadAsync(db, me, cancellationToken);
        if (unread == true)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        var rows = await mine.OrderByDescending(n => n.At).ThenByDescending(n => n.Id).Take(Limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new MyNotices(count, [.. rows.Select(View)]));
    }

    internal static async Task<IResult> Read(Guid id, ClaimsPrincipal user, TthcDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var me = Officer.From(user).UserName;
        if (await db.OfficerNotices.SingleOrDefaultAsync(n => n.Id == id && n.Recipient == me, cancellationToken) is not { } notice)
        {
            return ApiProblem.Create(
                StatusCodes.Status404NotFound, "notice.not-found", "Không có thông báo này trong thông báo của bạn.", "There is no such notice among yours.");
        }

        if (notice.ReadAt is null)
        {
            notice.ReadAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(View(notice));
    }

    internal static async Task<IResult> ReadAll(ClaimsPrincipal user, TthcDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var me = Officer.From(user).UserName;
        var now = time.GetUtcNow();
        var marked = await db.OfficerNotices.Where(n => n.Recipient == me && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return TypedResults.Ok(new NoticesMarked(marked));
    }

    /// <summary>How many unread notices the officer has, for the count every page shows.</summary>
    internal static Task<int> UnreadAsync(TthcDbContext db, string userName, CancellationToken cancellationToken) =>
        db.OfficerNotices.CountAsync(n => n.Recipient == userName && n.ReadAt == null, cancellationToken);

    private static OfficerNotice View(OfficerNoticeRecord n) => new(n.Id, n.Kind, n.DossierId, n.DossierCode, n.StepId, n.Text, n.At, n.ReadAt);
}
