using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// Finding a dossier among those the officer may see (a phone call: "where is my dossier?"): by its code or part of it,
/// the applicant's ID number or phone, or the applicant's name without accents; narrowed by status, procedure, the
/// open ones, and the dates received.
/// </summary>
public static class DossierSearchEndpoints
{
    /// <summary>The most dossiers one search lists.</summary>
    public const int Limit = 100;

    /// <summary>The most rows a search by name reads (the newest first): names are matched here, accents folded.</summary>
    public const int NameScanLimit = 50_000;

    /// <summary>How far back a search by name looks when no date is given.</summary>
    public const int NameDays = 366;

    public static IEndpointRouteBuilder MapDossierSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dossiers", Search).WithTags("Dossiers").RequireAuthorization()
            .WithSummary("Tìm hồ sơ theo mã, số giấy tờ, số điện thoại hoặc tên người nộp (search the dossiers one may see)");
        return app;
    }

    /// <param name="q">A code or part of one (with <c>-</c> or <c>.</c>), an ID number or phone (digits), or words of the applicant's name.</param>
    /// <param name="status">A national status, 1-10.</param>
    /// <param name="from">The first day received, <c>yyyy-MM-dd</c> (Vietnam).</param>
    /// <param name="to">The last day received.</param>
    internal static async Task<IResult> Search(
        string? q,
        int? status,
        string? procedure,
        bool? open,
        string? from,
        string? to,
        ClaimsPrincipal user,
        TthcDbContext db,
        DossierAccess access,
        ProcedureCatalog procedures,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var text = q?.Trim() ?? "";
        if (text.Length > 100)
        {
            return ApiProblem.Invalid("search.q", "Nội dung tìm dài quá 100 ký tự.", "The search text is longer than 100 characters.");
        }

        if (status is < 1 or > 10)
        {
            return ApiProblem.Invalid("search.status", "Trạng thái là một số từ 1 đến 10.", "The status is a number from 1 to 10.");
        }

        if (!TryDay(from, out var first) || !TryDay(to, out var last))
        {
            return ApiProblem.Invalid("search.dates", "Ngày theo dạng yyyy-MM-dd, ví dụ 2026-03-09.", "Dates are written yyyy-MM-dd, e.g. 2026-03-09.");
        }

        if (first > last)
        {
            return ApiProblem.Invalid("search.dates", "Ngày bắt đầu sau ngày kết thúc.", "The first day is after the last.");
        }

        var query = access.Visible(db.Dossiers.AsNoTracking(), Officer.From(user));
        if (status is { } s)
        {
            query = query.Where(d => d.NationalStatus == s);
        }

        if (!string.IsNullOrWhiteSpace(procedure))
        {
            var code = procedure.Trim();
            query = query.Where(d => d.ProcedureCode == code);
        }

        if (open == true)
        {
            query = query.Where(d => d.FinishedAt == null);
        }

        var words = Folding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var byName = text.Length > 0 && !text.All(char.IsAsciiDigit) && !text.Contains('-') && !text.Contains('.');
        if (byName && first is null)
        {
            first = WorkingCalendar.ToVietnam(time.GetUtcNow()).Date.AddDays(-NameDays);
        }

        if (first is { } since)
        {
            var start = Start(since);
            query = query.Where(d => d.ReceivedAt >= start);
        }

        if (last is { } until)
        {
            var end = Start(until.AddDays(1));
            query = query.Where(d => d.ReceivedAt < end);
        }

        List<DossierRecord> rows;
        if (byName)
        {
            // Names are matched here, accents and case folded: no index serves "contains", and the providers fold differently.
            var names = await query.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Code).Take(NameScanLimit)
                .Select(d => new { d.Id, d.Applicant.Name }).ToListAsync(cancellationToken);
            var ids = names.Where(n => words.All(w => Folding.Fold(n.Name).Contains(w, StringComparison.Ordinal))).Select(n => n.Id).Take(Limit + 1).ToList();
            rows = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        }
        else
        {
            if (text.Length > 0 && text.All(char.IsAsciiDigit))
            {
                query = query.Where(d => d.Applicant.IdNumber == text || d.Applicant.Phone == text);
            }
            else if (DossierCode.TryParse(text.ToUpperInvariant(), out var whole))
            {
                // A whole code: the unique index finds it.
                var code = whole.ToString();
                query = query.Where(d => d.Code == code);
            }
            else if (text.Length > 0)
            {
                var part = $"%{text.ToUpperInvariant()}%";
                query = query.Where(d => EF.Functions.Like(d.Code, part));
            }

            rows = await query.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Code).Take(Limit + 1).ToListAsync(cancellationToken);
        }

        var found = rows.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Code, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new DossierSearchResult(
            [.. found.Take(Limit).Select(d => new DossierSummary(
                d.Id, d.Code, d.ProcedureCode, procedures.Find(d.ProcedureCode)?.Name ?? d.ProcedureCode, d.Applicant.Name, d.Agency,
                d.ReceivedAt, d.ExtendedDueAt ?? d.DueAt, d.NationalStatus, d.FinishedAt, d.Outcome))],
            found.Count > Limit));
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The first instant of a Vietnam civil day, in UTC (as PostgreSQL takes instants).</summary>
    private static DateTimeOffset Start(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset).ToUniversalTime();
}
