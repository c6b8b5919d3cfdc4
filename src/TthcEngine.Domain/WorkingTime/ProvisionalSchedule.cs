namespace TthcEngine.Domain.WorkingTime;

/// <summary>
/// Forecasts a year's civil-service holiday schedule from the law, for years whose official schedule is not yet
/// published. The official notice always replaces the forecast; swapped days and make-up Saturdays are never forecast.
/// </summary>
public static class ProvisionalSchedule
{
    /// <summary>The article every forecast day rests on.</summary>
    public const string LabourCode = "Bộ luật Lao động 2019 (45/2019/QH14) Điều 112";

    private const string Compensation = "Bộ luật Lao động 2019 Điều 111(3): ngày lễ trùng ngày nghỉ hằng tuần thì nghỉ bù vào ngày làm việc kế tiếp";

    /// <summary>
    /// The holidays of Labour Code 2019 Art. 112 in <paramref name="year"/>:
    /// <list type="bullet">
    /// <item>1 January;</item>
    /// <item>Tết: the five weekdays of the seven days from two days before mùng 1 to mùng 5, the layout of the official
    /// schedules of 2023 to 2026 (each gave exactly those days);</item>
    /// <item>Hùng Kings' day, the 10th day of the 3rd lunar month;</item>
    /// <item>30 April and 1 May;</item>
    /// <item>2 September and the day before it, or the day after when 2 September is a Monday (as in 2024).</item>
    /// </list>
    /// A holiday on a Saturday or Sunday gives the next free weekday off (Art. 111(3)).
    /// </summary>
    public static HolidayYear For(int year)
    {
        var days = new SortedDictionary<DateOnly, CalendarDay>();
        var tet = VietnameseLunarCalendar.NewYear(year);
        for (var date = tet.AddDays(-2); date <= tet.AddDays(4); date = date.AddDays(1))
        {
            if (!IsWeekend(date))
            {
                days[date] = new CalendarDay(date, DayKind.PublicHoliday, "Tết Nguyên đán");
            }
        }

        var nationalDay = new DateOnly(year, 9, 2);
        var adjacent = nationalDay.DayOfWeek == DayOfWeek.Monday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);
        (DateOnly Date, string Name)[] singleDays =
        [
            (new DateOnly(year, 1, 1), "Tết Dương lịch"),
            (VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10)), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
            (new DateOnly(year, 4, 30), "Ngày Chiến thắng (30/4)"),
            (new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"),
            (adjacent, "Quốc khánh (2/9)"),
            (nationalDay, "Quốc khánh (2/9)"),
        ];

        foreach (var (date, name) in singleDays.Where(d => !IsWeekend(d.Date)))
        {
            days[date] = new CalendarDay(date, DayKind.PublicHoliday, name);
        }

        // Compensatory days go after every weekday holiday is placed, in date order, so none lands on another holiday.
        foreach (var (date, name) in singleDays.Where(d => IsWeekend(d.Date)).OrderBy(d => d.Date))
        {
            var compensatory = date.AddDays(1);
            while (IsWeekend(compensatory) || days.ContainsKey(compensatory))
            {
                compensatory = compensatory.AddDays(1);
            }

            days[compensatory] = new CalendarDay(compensatory, DayKind.CompensatoryDayOff, $"Nghỉ bù {name} ({date:dd/MM})", Compensation);
        }

        return new HolidayYear(
            year,
            ScheduleStatus.Provisional,
            days.Values,
            [
                $"{LabourCode}; ngày âm lịch tính theo múi giờ UTC+07:00",
                "Dự kiến: thay bằng thông báo chính thức của Bộ Nội vụ khi được ban hành (provisional until the official schedule is published)",
            ]);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
