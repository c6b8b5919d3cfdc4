using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Apologies;
using TthcEngine.Infrastructure.OnTime;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// Supervisors: the on-time figures from the projection, the overdue dossiers and steps, the apologies. A supervisor
/// sees the agency's own figures; the province's supervisors also those of its communes.
/// </summary>
public static class SupervisorEndpoints
{
    public static IEndpointRouteBuilder MapSupervisorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/supervisor").WithTags("Supervisor").RequireAuthorization(Roles.Supervisor);
        app.MapGet("/api/me/on-time", Mine).WithTags("Accounts").RequireAuthorization()
            .WithSummary("Số bước tôi đã xử lý trước hạn, đúng hạn, quá hạn theo tháng (my own on-time figures)");
        group.MapGet("/on-time", OnTime).WithSummary("Số liệu đúng hạn theo cơ quan × thủ tục, đơn vị, cán bộ và tháng (on-time figures)");
        group.MapGet("/overdue", Overdue).WithSummary("Hồ sơ và bước xử lý quá hạn (overdue dossiers and steps)");
        group.MapGet("/reuse", Reuse).WithSummary("Tỷ lệ hồ sơ tái sử dụng giấy tờ đã tiếp nhận, theo cơ quan và thủ tục (data reuse)");
        group.MapGet("/apologies", Apologies).WithSummary("Văn bản xin lỗi đã chuẩn bị và đã ban hành (apologies)");
        return app;
    }

    /// <param name="scope"><c>procedure</c> (default), <c>unit</c> or <c>officer</c>.</param>
    /// <param name="from">First month, <c>yyyy-MM</c>.</param>
    /// <param name="to">Last month, <c>yyyy-MM</c>.</param>
    internal static async Task<IResult> OnTime(
        ClaimsPrincipal user, TthcDbContext db, AgencyCatalog agencies, TimeProvider time, CancellationToken cancellationToken,
        string? scope = null, string? from = null, string? to = null, string? agency = null, string? procedure = null)
    {
        var officer = Officer.From(user);
        scope ??= OnTimeTally.ProcedureScope;
        var check = new RequestCheck();
        check.Require(scope is OnTimeTally.ProcedureScope or OnTimeTally.UnitScope or OnTimeTally.OfficerScope, "scope", "on-time.scope",
            "Phạm vi phải là procedure, unit hoặc officer.", "The scope must be procedure, unit or officer.");
        check.Require(from is null || IsMonth(from), "from", "on-time.month", "Tháng phải có dạng yyyy-MM.", "Months are written yyyy-MM.");
        check.Require(to is null || IsMonth(to), "to", "on-time.month", "Tháng phải có dạng yyyy-MM.", "Months are written yyyy-MM.");
        if (check.Failed)
        {
            return check.Problem();
        }

        var lines = await db.OnTimeCounts.AsNoTracking()
            .Where(c => c.Scope == scope && (from == null || c.Month.CompareTo(from) >= 0) && (to == null || c.Month.CompareTo(to) <= 0))
            .ToListAsync(cancellationToken);
        var officers = scope == OnTimeTally.OfficerScope
            ? await db.Users.AsNoTracking().Select(u => new { u.UserName, u.Agency }).ToDictionaryAsync(u => u.UserName!, u => u.Agency, cancellationToken)
            : [];
        var visible = lines
            .Select(l => (Line: l, Agency: scope == OnTimeTally.OfficerScope ? officers.GetValueOrDefault(l.Key, "") : l.Key.Split('|')[0]))
            .Where(x => officer.IsAdmin || agencies.Covers(officer.Agency, x.Agency))
            .Where(x => agency is null || x.Agency == agency)
            .Where(x => procedure is null || (scope == OnTimeTally.ProcedureScope && x.Line.Key.EndsWith("|" + procedure, StringComparison.Ordinal)))
            .Select(x => x.Line)
            .OrderBy(l => l.Month, StringComparer.Ordinal).ThenBy(l => l.Key, StringComparer.Ordinal)
            .ToList();

        var inProgress = scope == OnTimeTally.ProcedureScope ? await InProgressAsync(db, time.GetUtcNow(), cancellationToken) : [];
        return TypedResults.Ok<IReadOnlyList<OnTimeLine>>([.. visible.Select(l => Line(l, inProgress.GetValueOrDefault((l.Key, l.Month))))]);
    }

    /// <summary>
    /// The signed-in officer's own figures: the steps they completed early, on time and late, per month, the newest 12
    /// months first (what the supervisors' <c>scope=officer</c> lists of them).
    /// </summary>
    internal static async Task<IResult> Mine(ClaimsPrincipal user, TthcDbContext db, CancellationToken cancellationToken)
    {
        var me = Officer.From(user).UserName;
        var lines = await db.OnTimeCounts.AsNoTracking()
            .Where(c => c.Scope == OnTimeTally.OfficerScope && c.Key == me)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<OnTimeLine>>([.. lines.OrderByDescending(l => l.Month, StringComparer.Ordinal).Take(12).Select(l => Line(l, default))]);
    }

    private static OnTimeLine Line(OnTimeCountRecord l, (int OnTrack, int Overdue) inProgress)
    {
        var judged = l.Early + l.OnTime + l.Late;
        return new OnTimeLine(l.Scope, l.Key, l.Month, l.Received, l.Early, l.OnTime, l.Late, inProgress.OnTrack, inProgress.Overdue,
            judged == 0 ? null : Math.Round((double)(l.Early + l.OnTime) / judged, 4));
    }

    /// <summary>Dossiers still in progress, per agency × procedure and month of receipt: within their time or past it.</summary>
    private static async Task<Dictionary<(string, string), (int, int)>> InProgressAsync(TthcDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.Dossiers.AsNoTracking()
            .Where(d => d.ResultReadyAt == null && d.FinishedAt == null)
            .Select(d => new { d.Agency, d.ProcedureCode, d.ReceivedAt, d.DueAt })
            .ToListAsync(cancellationToken);
        return open
            .GroupBy(d => ($"{d.Agency}|{d.ProcedureCode}", WorkingCalendar.ToVietnam(d.ReceivedAt).Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            .ToDictionary(g => g.Key, g => (g.Count(d => d.DueAt is null || d.DueAt >= now), g.Count(d => d.DueAt < now)));
    }

    private static bool IsMonth(string value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    internal static async Task<IResult> Overdue(
        ClaimsPrincipal user, TthcDbContext db, AgencyCatalog agencies, WorkingCalendar calendar, TimeProvider time, CancellationToken cancellationToken, string? format = null)
    {
        var officer = Officer.From(user);
        var now = time.GetUtcNow();
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.OpenDueAt != null && d.OpenDueAt < now)
            .OrderBy(d => d.OpenDueAt)
            .Take(1000)
            .ToListAsync(cancellationToken);
        var steps = await db.OpenSteps.AsNoTracking()
            .Where(s => s.DueAt != null && s.DueAt < now)
            .Join(db.Dossiers.AsNoTracking(), s => s.DossierId, d => d.Id, (s, d) => new { Step = s, Dossier = d })
            .OrderBy(x => x.Step.DueAt)
            .Take(1000)
            .ToListAsync(cancellationToken);
        var items = dossiers
            .Where(d => officer.IsAdmin || agencies.Covers(officer.Agency, d.Agency))
            .Select(d => new OverdueItem(d.Id, d.Code, d.ProcedureCode, d.Agency, null, null, null, d.OpenDueAt!.Value, Minutes(calendar, d.OpenDueAt!.Value, now)))
            .Concat(steps
                .Where(x => officer.IsAdmin || agencies.Covers(officer.Agency, x.Dossier.Agency))
                .Select(x => new OverdueItem(x.Dossier.Id, x.Dossier.Code, x.Dossier.ProcedureCode, x.Dossier.Agency, x.Step.StepId, x.Step.Unit, x.Step.ClaimedBy,
                    x.Step.DueAt!.Value, Minutes(calendar, x.Step.DueAt!.Value, now))))
            .ToList();
        if (format == "csv")
        {
            var csv = new StringBuilder("dossierCode,procedure,agency,step,unit,officer,dueAt,overdueWorkingMinutes\n");
            foreach (var i in items)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{i.Code},{i.ProcedureCode},{i.Agency},{i.StepId},{i.Unit},{i.Officer},{i.DueAt:O},{i.OverdueWorkingMinutes}\n");
            }

            return Results.Text(csv.ToString(), "text/csv", Encoding.UTF8);
        }

        return TypedResults.Ok<IReadOnlyList<OverdueItem>>(items);
    }

    /// <param name="from">First month of receipt, <c>yyyy-MM</c>.</param>
    /// <param name="to">Last month of receipt, <c>yyyy-MM</c>.</param>
    internal static async Task<IResult> Reuse(
        ClaimsPrincipal user, TthcDbContext db, AgencyCatalog agencies, CancellationToken cancellationToken, string? from = null, string? to = null)
    {
        var officer = Officer.From(user);
        var check = new RequestCheck();
        check.Require(from is null || IsMonth(from), "from", "reuse.month", "Tháng phải có dạng yyyy-MM.", "Months are written yyyy-MM.");
        check.Require(to is null || IsMonth(to), "to", "reuse.month", "Tháng phải có dạng yyyy-MM.", "Months are written yyyy-MM.");
        if (check.Failed)
        {
            return check.Problem();
        }

        DateTimeOffset? start = from is null ? null : MonthStart(from);
        DateTimeOffset? end = to is null ? null : MonthStart(to).AddMonths(1);
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => (start == null || d.ReceivedAt >= start) && (end == null || d.ReceivedAt < end))
            .Select(d => new
            {
                d.Agency,
                d.ProcedureCode,
                Reused = db.Attachments.Count(a => a.DossierId == d.Id && a.ReusedFrom != null),
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReuseLine>>([.. dossiers
            .Where(d => officer.IsAdmin || agencies.Covers(officer.Agency, d.Agency))
            .GroupBy(d => (d.Agency, d.ProcedureCode))
            .OrderBy(g => g.Key.Agency, StringComparer.Ordinal).ThenBy(g => g.Key.ProcedureCode, StringComparer.Ordinal)
            .Select(g =>
            {
                var received = g.Count();
                var withReuse = g.Count(d => d.Reused > 0);
                return new ReuseLine(g.Key.Agency, g.Key.ProcedureCode, received, withReuse, g.Sum(d => d.Reused),
                    received == 0 ? null : Math.Round((double)withReuse / received, 4));
            })]);
    }

    private static DateTimeOffset MonthStart(string month) =>
        new(DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset);

    private static long Minutes(WorkingCalendar calendar, DateTimeOffset due, DateTimeOffset now) => (long)calendar.Elapsed(due, now).TotalMinutes;

    private static async Task<IResult> Apologies(ClaimsPrincipal user, TthcDbContext db, AgencyCatalog agencies, CancellationToken cancellationToken)
    {
        var officer = Officer.From(user);
        var kinds = new[] { NoteKinds.ApologyPrepared, NoteKinds.ApologyIssued };
        var rows = await db.Notes.AsNoTracking()
            .Where(n => kinds.Contains(n.Kind))
            .Join(db.Dossiers.AsNoTracking(), n => n.DossierId, d => d.Id, (n, d) => new { Note = n, d.Code, d.Agency, d.DueAt })
            .OrderByDescending(x => x.Note.At)
            .Take(1000)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ApologyView>>([.. rows
            .Where(x => officer.IsAdmin || agencies.Covers(officer.Agency, x.Agency))
            .Select(x =>
            {
                var note = DossierViews.Read<ApologyNote>(x.Note.Payload);
                return new ApologyView(x.Note.DossierId, x.Code, x.Note.Kind, x.Note.At, note?.UnitsAtFault is { Count: > 0 } units ? string.Join(", ", units) : null,
                    note?.OriginalDueAt ?? x.DueAt ?? x.Note.At, note?.NewDueAt, note?.Reason);
            })]);
    }
}
