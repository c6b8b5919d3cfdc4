namespace TthcEngine.Domain.WorkingTime;

/// <summary>The holiday schedule of one civil year (lịch nghỉ lễ, Tết của một năm), as published or forecast.</summary>
public sealed record HolidayYear
{
    public HolidayYear(int year, ScheduleStatus status, IEnumerable<CalendarDay> days, IEnumerable<string> sources)
    {
        Year = year;
        Status = status;
        Days = [.. days.OrderBy(d => d.Date)];
        Sources = [.. sources];
        var stray = Days.FirstOrDefault(d => d.Date.Year != year);
        if (stray is not null)
        {
            throw new DomainRuleException(
                "calendar.day-outside-year", $"The {year} schedule lists {stray.Date:yyyy-MM-dd}, a day of another year.");
        }

        var twice = Days.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainRuleException("calendar.day-twice", $"The {year} schedule lists {twice.Key:yyyy-MM-dd} twice.");
        }
    }

    public int Year { get; }

    public ScheduleStatus Status { get; }

    /// <summary>The dated entries, in date order, one per date at most.</summary>
    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>The notices and articles the schedule comes from.</summary>
    public IReadOnlyList<string> Sources { get; }
}
