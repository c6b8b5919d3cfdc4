using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Api.Dossiers;
using TthcEngine.Api.Errors;
using TthcEngine.Api.Security;
using TthcEngine.Client.Models;
using TthcEngine.Domain.WorkingTime;
using TthcEngine.Infrastructure.Accounts;
using TthcEngine.Infrastructure.Agencies;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Procedures;
using TthcEngine.National.Population;

namespace TthcEngine.Api.Endpoints;

/// <summary>
/// The national population database (CSDL quốc gia về dân cư) at the desk: a lookup of the applicant to fill the
/// receive form, with the papers they may reuse, every lookup audited in <c>population_lookups</c>; and the audit for
/// supervisors.
/// </summary>
public static partial class PopulationEndpoints
{
    public static IEndpointRouteBuilder MapPopulationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/desk/citizens/lookup", LookUp).WithTags("Desk").RequireAuthorization(Roles.Desk)
            .WithSummary("Tra cứu CSDL quốc gia về dân cư theo số định danh (body, never the URL); audited");
        app.MapGet("/api/supervisor/population-lookups", Lookups).WithTags("Supervisor").RequireAuthorization(Roles.Supervisor)
            .WithSummary("Nhật ký tra cứu CSDL dân cư: cán bộ, cơ quan, thủ tục, kết quả (số định danh đã che)");
        return app;
    }

    internal static async Task<IResult> LookUp(
        CitizenLookupRequest body,
        ClaimsPrincipal user,
        IServiceProvider services,
        ProcedureCatalog procedures,
        TthcDbContext db,
        TimeProvider time,
        IConfiguration configuration,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var check = new RequestCheck();
        check.Require(body.IdNumber is not null && IdNumber().IsMatch(body.IdNumber), "idNumber", "population.id-number",
            "Số định danh cá nhân phải có đúng 12 chữ số.", "The personal identification number must be exactly 12 digits.");
        var procedure = procedures.Find(body.ProcedureCode ?? "");
        check.Require(procedure is not null, "procedureCode", "population.procedure",
            "Cần chọn thủ tục người dân đến làm (mục đích tra cứu).", "Name the procedure the applicant came for (the lookup's purpose).");
        check.Require(body.FullName is null || body.FullName.Length <= 256, "fullName", "population.full-name",
            "Họ tên tối đa 256 ký tự.", "The full name has at most 256 characters.");
        if (check.Failed)
        {
            return check.Problem();
        }

        if (services.GetService<PopulationClient>() is not { } client)
        {
            return ApiProblem.Create(StatusCodes.Status501NotImplemented, "population.not-configured",
                "Chưa kết nối CSDL quốc gia về dân cư (National:Population:BaseUrl).",
                "The population database is not connected on this server (National:Population:BaseUrl is not set).");
        }

        var officer = Officer.From(user);
        var now = time.GetUtcNow();
        var audit = new PopulationLookupRecord
        {
            Id = Guid.CreateVersion7(now),
            At = now,
            Officer = officer.UserName,
            Agency = officer.Agency,
            ProcedureCode = procedure!.Code,
            IdNumberHash = IdNumberAudit.Hash(configuration, body.IdNumber!),
            IdNumberMasked = IdNumberAudit.Mask(body.IdNumber!),
            Result = PopulationLookupResults.Pending,
        };

        // Recorded before the call: a lookup is audited even if the process stops during it.
        db.PopulationLookups.Add(audit);
        await db.SaveChangesAsync(cancellationToken);
        CitizenIdentity? citizen;
        try
        {
            citizen = await client.LookupAsync(
                body.IdNumber!, body.FullName?.Trim(), body.BirthDate, audit.Id.ToString("N"), procedure.Code, officer.UserName, cancellationToken);
        }
        catch (PopulationLookupException e)
        {
            audit.Result = e.Failure == PopulationFailure.Refused ? PopulationLookupResults.Refused : PopulationLookupResults.Failed;
            await db.SaveChangesAsync(CancellationToken.None);

            // The lookup's id and the failure only: the exception's message never holds the number looked up.
            loggers.CreateLogger("TthcEngine.Api.PopulationLookup").LogWarning("Population lookup {LookupId} failed ({Failure}): {Reason}", audit.Id, e.Failure, e.Message);
            return e.Failure == PopulationFailure.Unavailable
                ? ApiProblem.Create(StatusCodes.Status503ServiceUnavailable, "population.unavailable",
                    "CSDL quốc gia về dân cư tạm thời không trả lời; nhập thông tin theo giấy tờ người dân xuất trình hoặc thử lại sau.",
                    "The population database is not answering; take the applicant's details from their papers, or try again later.")
                : ApiProblem.Create(StatusCodes.Status502BadGateway, e.Failure == PopulationFailure.Refused ? "population.refused" : "population.unreadable",
                    "CSDL quốc gia về dân cư từ chối hoặc trả lời không đọc được; báo quản trị hệ thống.",
                    "The population database refused the lookup or answered what could not be read; tell the administrator.");
        }

        audit.Result = citizen is null ? PopulationLookupResults.NotFound : PopulationLookupResults.Found;
        await db.SaveChangesAsync(CancellationToken.None);
        var papers = await ReusablePapers.ListAsync(db, procedure, body.IdNumber!, cancellationToken);
        return TypedResults.Ok(new CitizenLookupResponse(audit.Id, citizen is not null, citizen is null ? null : View(citizen), papers));
    }

    /// <param name="from">First month, <c>yyyy-MM</c>.</param>
    /// <param name="to">Last month, <c>yyyy-MM</c>.</param>
    internal static async Task<IResult> Lookups(
        ClaimsPrincipal user, TthcDbContext db, AgencyCatalog agencies, CancellationToken cancellationToken, string? from = null, string? to = null)
    {
        var officer = Officer.From(user);
        var check = new RequestCheck();
        check.Require(from is null || Month(from) is not null, "from", "population.month", "Tháng phải có dạng yyyy-MM.", "Months are written yyyy-MM.");
        check.Require(to is null || Month(to) is not null, "to", "population.month", "Tháng phải có dạng yyyy-MM.", "Months are written yyyy-MM.");
        if (check.Failed)
        {
            return check.Problem();
        }

        var start = from is null ? null : Month(from);
        var end = to is null ? null : Month(to)?.AddMonths(1);
        var rows = await db.PopulationLookups.AsNoTracking()
            .Where(l => (start == null || l.At >= start) && (end == null || l.At < end))
            .OrderByDescending(l => l.At)
            .Take(1000)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PopulationLookupView>>([.. rows
            .Where(l => officer.IsAdmin || agencies.Covers(officer.Agency, l.Agency))
            .Select(l => new PopulationLookupView(l.Id, l.At, l.Officer, l.Agency, l.ProcedureCode, l.IdNumberMasked, l.Result, l.DossierId))]);
    }

    private static CitizenView View(CitizenIdentity c) => new(
        c.IdNumber, c.OldIdNumber, c.FullName, c.Sex, c.BirthDate, c.BirthYear, c.PermanentAddress, c.CurrentAddress, c.Nationality, c.HouseholdHead);

    private static DateTimeOffset? Month(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset)
            : null;

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex IdNumber();
}
