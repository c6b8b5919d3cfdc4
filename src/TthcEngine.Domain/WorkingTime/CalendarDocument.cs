using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TthcEngine.Domain.WorkingTime;

/// <summary>
/// One calendar data file of <c>workflows/calendars/</c>, parsed. Either a year's national schedule
/// (<c>"year"</c> set, e.g. <c>vn-2026.json</c>) or a province's own calendar (<c>"extends"</c> set) that adds its
/// days, and may set its office hours, on top of another calendar. The format is described by
/// <c>workflows/schema/calendar.schema.json</c>.
/// </summary>
public sealed record CalendarDocument
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The calendar's name: <c>vn</c>, or a province's, e.g. <c>lao-cai</c>.</summary>
    public required string Calendar { get; init; }

    /// <summary>The year of a yearly schedule; <c>null</c> in a province file.</summary>
    public HolidayYear? Schedule { get; init; }

    /// <summary>The calendar a province file builds on.</summary>
    public string? Extends { get; init; }

    /// <summary>The office hours a province file sets; <c>null</c> keeps those of the calendar it extends.</summary>
    public OfficeHours? OfficeHours { get; init; }

    /// <summary>A province's own days.</summary>
    public IReadOnlyList<CalendarDay> LocalDays { get; init; } = [];

    /// <summary>Parses a calendar file; <paramref name="origin"/> names it in errors.</summary>
    public static CalendarDocument Parse(string json, string origin)
    {
        FileShape shape;
        try
        {
            shape = JsonSerializer.Deserialize<FileShape>(json, Json)
                ?? throw Invalid(origin, "the file is empty");
        }
        catch (JsonException e)
        {
            throw Invalid(origin, e.Message);
        }

        if (string.IsNullOrWhiteSpace(shape.Calendar))
        {
            throw Invalid(origin, "\"calendar\" (the calendar's name) is required");
        }

        if ((shape.Year is null) == (shape.Extends is null))
        {
            throw Invalid(origin, "give either \"year\" (a yearly schedule) or \"extends\" (a province calendar), not both or neither");
        }

        var days = (shape.Days ?? []).Select(d => ToDay(d, origin)).ToList();
        try
        {
            return shape.Year is { } year
                ? new CalendarDocument
                {
                    Calendar = shape.Calendar,
                    Schedule = new HolidayYear(year, shape.Status ?? throw Invalid(origin, "\"status\" is required in a yearly schedule"), days, shape.Sources ?? []),
                }
                : new CalendarDocument
                {
                    Calendar = shape.Calendar,
                    Extends = shape.Extends,
                    OfficeHours = shape.OfficeHours is null ? null : new OfficeHours(shape.OfficeHours.Select(s => new OfficeSession(ParseTime(s.Opens, origin), ParseTime(s.Closes, origin)))),
                    LocalDays = days,
                };
        }
        catch (DomainRuleException e) when (e.Code != "calendar.file-invalid")
        {
            throw Invalid(origin, e.Message);
        }
    }

    /// <summary>Writes a yearly schedule in the file format.</summary>
    public static string Serialize(string calendar, HolidayYear schedule) => JsonSerializer.Serialize(
        new FileShape
        {
            Schema = "../schema/calendar.schema.json",
            Calendar = calendar,
            Year = schedule.Year,
            Status = schedule.Status,
            Sources = [.. schedule.Sources],
            Days = [.. schedule.Days.Select(d => new DayShape { Date = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Kind = CamelCaseNames<DayKind>.Of(d.Kind), Name = d.Name, Source = d.Source })],
        },
        Json) + "\n";

    private static CalendarDay ToDay(DayShape day, string origin)
    {
        if (!DateOnly.TryParseExact(day.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Invalid(origin, $"\"{day.Date}\" is not a date written yyyy-MM-dd");
        }

        if (day.Kind is null || string.IsNullOrWhiteSpace(day.Name))
        {
            throw Invalid(origin, $"the day {day.Date} needs a \"kind\" and a \"name\"");
        }

        if (!CamelCaseNames<DayKind>.TryParse(day.Kind, out var kind))
        {
            throw Invalid(origin, $"the day {day.Date} has the unknown kind \"{day.Kind}\"; use one of {CamelCaseNames<DayKind>.Listed}");
        }

        return new CalendarDay(date, kind, day.Name, day.Source);
    }

    private static TimeOnly ParseTime(string? text, string origin) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw Invalid(origin, $"\"{text}\" is not a time written HH:mm");

    private static DomainRuleException Invalid(string origin, string why) =>
        new("calendar.file-invalid", $"Calendar file {origin}: {why}.");

    private sealed class FileShape
    {
        [JsonPropertyName("$schema")]
        public string? Schema { get; set; }

        public string? Calendar { get; set; }

        public int? Year { get; set; }

        public ScheduleStatus? Status { get; set; }

        public string? Extends { get; set; }

        public List<string>? Sources { get; set; }

        public List<SessionShape>? OfficeHours { get; set; }

        public List<DayShape>? Days { get; set; }
    }

    private sealed class SessionShape
    {
        public string? Opens { get; set; }

        public string? Closes { get; set; }
    }

    private sealed class DayShape
    {
        public string? Date { get; set; }

        public string? Kind { get; set; }

        public string? Name { get; set; }

        public string? Source { get; set; }
    }
}
