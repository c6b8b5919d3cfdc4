namespace TthcEngine.Domain.WorkingTime;

/// <summary>One dated entry of a calendar: a holiday, a day off or a make-up working day (ngày làm bù).</summary>
/// <param name="Date">The civil date in Vietnam.</param>
/// <param name="Kind">What the entry does to the day.</param>
/// <param name="Name">The Vietnamese name shown to officers, e.g. "Tết Nguyên đán".</param>
/// <param name="Source">The notice or article the entry comes from, when it differs from the year's sources.</param>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, string Name, string? Source = null)
{
    /// <summary>Whether the entry takes the day off (every kind except <see cref="DayKind.MakeUpWorkday"/>).</summary>
    public bool IsDayOff => Kind != DayKind.MakeUpWorkday;
}
