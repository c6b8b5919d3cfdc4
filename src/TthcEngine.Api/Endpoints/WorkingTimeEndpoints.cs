using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TthcEngine.Api.Errors;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Api.Endpoints;

/// <summary>Deadline arithmetic on the office's working calendar: the same answers as the <c>tthc</c> command.</summary>
public static class WorkingTimeEndpoints
{
    public static IEndpointRouteBuilder MapWorkingTimeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/working-time").WithTags("Working time");
        group.MapGet("/due", Due).WithSummary("Tính ngày hẹn trả kết quả (due instant of a time limit)");
        group.MapGet("/elapsed", Elapsed).WithSummary("Thời gian làm việc đã trôi qua (working time between two instants)");
        group.MapGet("/days/{date}", Day).WithSummary("Ngày làm việc hay ngày nghỉ (is the date a working day)");
        group.MapGet("/years", Years).WithSummary("Các năm có lịch nghỉ lễ (years the calendar holds)");
        return app;
    }

    /// <summary>The due instant of a time limit counted from acceptance.</summary>
    internal sealed record DueResponse(string AcceptedAt, string ClockStartsAt, string DueAt, string Limit);

    internal sealed record ElapsedResponse(string From, string To, string WorkingTime, double WorkingHours);

    internal sealed record DayResponse(string Date, bool IsWorkingDay, string? Kind, string? Name);

    internal sealed record YearResponse(int Year, string Status, IReadOnlyList<string> Sources);

    private static Results<Ok<DueResponse>, ProblemHttpResult> Due(
        WorkingCalendar calendar, string? from, int? workingDays, int? workingHours, int? calendarDays, bool? sameDay, string? cutOff)
    {
        if (!IsoText.TryParseInstant(from, out var acceptedAt))
        {
            return BadInstant("from", from);
        }

        TimeLimit[] limits =
        [
            .. workingDays is { } d ? [TimeLimit.OfWorkingDays(d)] : Array.Empty<TimeLimit>(),
            .. workingHours is { } h ? [TimeLimit.OfWorkingHours(h)] : Array.Empty<TimeLimit>(),
            .. calendarDays is { } c ? [TimeLimit.OfCalendarDays(c)] : Array.Empty<TimeLimit>(),
            .. sameDay == true ? [TimeLimit.SameDay] : Array.Empty<TimeLimit>(),
        ];
        if (limits.Length != 1)
        {
            return ApiProblem.Invalid(
                "request.limit",
                "Cần đúng một thời hạn: workingDays, workingHours, calendarDays hoặc sameDay=true.",
                "Give exactly one limit: workingDays, workingHours, calendarDays or sameDay=true.");
        }

        TimeOnly? cutOffTime = null;
        if (cutOff is not null)
        {
            if (!TimeOnly.TryParseExact(cutOff, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return ApiProblem.Invalid(
                    "request.cut-off",
                    $"Giờ chốt '{cutOff}' không đúng dạng HH:mm (ví dụ 15:00).",
                    $"The cut-off '{cutOff}' is not a time written HH:mm, such as 15:00.");
            }

            cutOffTime = parsed;
        }

        var clockStart = calendar.ClockStart(acceptedAt, cutOffTime);
        var due = calendar.DueFrom(clockStart, limits[0]);
        return TypedResults.Ok(new DueResponse(
            IsoText.FormatInstant(acceptedAt), IsoText.FormatInstant(clockStart), IsoText.FormatInstant(due), limits[0].ToString()));
    }

    private static Results<Ok<ElapsedResponse>, ProblemHttpResult> Elapsed(WorkingCalendar calendar, string? from, string? to)
    {
        if (!IsoText.TryParseInstant(from, out var start))
        {
            return BadInstant("from", from);
        }

        if (!IsoText.TryParseInstant(to, out var end))
        {
            return BadInstant("to", to);
        }

        var elapsed = calendar.Elapsed(start, end);
        return TypedResults.Ok(new ElapsedResponse(
            IsoText.FormatInstant(start), IsoText.FormatInstant(end), IsoText.FormatWorkingTime(elapsed), elapsed.TotalHours));
    }

    private static Results<Ok<DayResponse>, ProblemHttpResult> Day(WorkingCalendar calendar, string date)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return ApiProblem.Invalid(
                "request.date",
                $"Ngày '{date}' không đúng dạng yyyy-MM-dd (ví dụ 2025-04-26).",
                $"'{date}' is not a date written yyyy-MM-dd, such as 2025-04-26.");
        }

        var entry = calendar.EntryOn(day);
        return TypedResults.Ok(new DayResponse(
            day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), calendar.IsWorkingDay(day), entry?.Kind.ToString(), entry?.Name));
    }

    private static Ok<IReadOnlyList<YearResponse>> Years(WorkingCalendar calendar) =>
        TypedResults.Ok<IReadOnlyList<YearResponse>>(
            [.. calendar.Years.Select(y => new YearResponse(y.Year, y.Status.ToString(), y.Sources))]);

    private static ProblemHttpResult BadInstant(string name, string? value) => ApiProblem.Invalid(
        "request.instant",
        $"Tham số '{name}' = '{value}' không phải thời điểm ISO-8601 (ví dụ 2026-02-12T09:00:00+07:00).",
        $"The parameter '{name}' = '{value}' is not an ISO-8601 instant such as 2026-02-12T09:00:00+07:00.");
}
