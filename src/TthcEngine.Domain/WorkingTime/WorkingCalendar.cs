namespace TthcEngine.Domain.WorkingTime;

/// <summary>
/// Lịch làm việc (working calendar) of an agency: office hours, weekly rest days, and the yearly holiday schedules
/// with their compensatory days off, swapped days off and make-up working days. All deadline arithmetic lives here.
/// </summary>
/// <remarks>
/// A date in a year the calendar has no schedule for is an error (<c>calendar.year-missing</c>), never silently a
/// plain weekday: a missing Tết would make every dossier of that spring wrongly late.
/// </remarks>
public sealed partial class WorkingCalendar
{
    private readonly Dictionary<int, HolidayYear> years;
    private readonly Dictionary<DateOnly, CalendarDay> entries = [];

    /// <param name="name">The calendar's name, e.g. <c>vn</c> for the national civil-service calendar.</param>
    /// <param name="officeHours">The office hours of every working day.</param>
    /// <param name="years">The yearly holiday schedules, one per year.</param>
    /// <param name="localDays">A province's own days; on a date the national schedule also lists, the province's entry wins.</param>
    public WorkingCalendar(string name, OfficeHours officeHours, IEnumerable<HolidayYear> years, IEnumerable<CalendarDay>? localDays = null)
    {
        Name = name;
        OfficeHours = officeHours;
        this.years = [];
        foreach (var year in years)
        {
            if (!this.years.TryAdd(year.Year, year))
            {
                throw new DomainRuleException("calendar.year-twice", $"The calendar '{name}' has two schedules for {year.Year}.");
            }

            foreach (var day in year.Days)
            {
                entries[day.Date] = day;
            }
        }

        LocalDays = [.. (localDays ?? []).OrderBy(d => d.Date)];
        foreach (var day in LocalDays)
        {
            entries[day.Date] = day;
        }
    }

    /// <summary>
    /// Asia/Ho_Chi_Minh: UTC+07:00 all year, no daylight saving since 1975 (shared/domain.md Part A, convention 1).
    /// A fixed offset needs no time-zone database on the server.
    /// </summary>
    public static TimeSpan VietnamOffset { get; } = TimeSpan.FromHours(7);

    public string Name { get; }

    public OfficeHours OfficeHours { get; }

    /// <summary>The schedules the calendar holds, in year order.</summary>
    public IReadOnlyList<HolidayYear> Years => [.. years.Values.OrderBy(y => y.Year)];

    /// <summary>The province's own entries.</summary>
    public IReadOnlyList<CalendarDay> LocalDays { get; }

    /// <summary>The dated entry for a day (holiday, day off, make-up working day), or <c>null</c> on an ordinary day.</summary>
    public CalendarDay? EntryOn(DateOnly date)
    {
        EnsureCovered(date);
        return entries.GetValueOrDefault(date);
    }

    /// <summary>
    /// Whether the office works that day: Monday to Friday unless the schedule gives the day off, and a weekend day the
    /// schedule makes a make-up working day (convention 2).
    /// </summary>
    public bool IsWorkingDay(DateOnly date)
    {
        var entry = EntryOn(date);
        if (entry is not null)
        {
            return !entry.IsDayOff;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>Whether the instant falls on a working day within a session, the session's close included.</summary>
    public bool IsWorkingInstant(DateTimeOffset instant)
    {
        var (date, time) = ToVietnam(instant);
        return IsWorkingDay(date) && OfficeHours.Sessions.Any(s => s.Opens <= time && time <= s.Closes);
    }

    /// <summary>The civil date and time of an instant in Vietnam.</summary>
    public static (DateOnly Date, TimeOnly Time) ToVietnam(DateTimeOffset instant)
    {
        var local = instant.ToOffset(VietnamOffset).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    /// <summary>The instant of a civil date and time in Vietnam.</summary>
    public static DateTimeOffset AtVietnam(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), VietnamOffset);

    private void EnsureCovered(DateOnly date)
    {
        if (!years.ContainsKey(date.Year))
        {
            var known = years.Count == 0 ? "none" : string.Join(", ", years.Keys.Order());
            throw new DomainRuleException(
                "calendar.year-missing",
                $"The calendar '{Name}' has no holiday schedule for {date.Year} (needed for {date:yyyy-MM-dd}); "
                + $"years held: {known}. Add workflows/calendars/{Name}-{date.Year}.json.");
        }
    }
}
