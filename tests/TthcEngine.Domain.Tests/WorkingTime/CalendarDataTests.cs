using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Tests.WorkingTime;

/// <summary>Checks the shipped holiday files of workflows/calendars/ against the law and the lunar calendar.</summary>
public class CalendarDataTests
{
    private static readonly IReadOnlyDictionary<int, HolidayYear> Shipped = TestCalendars.ShippedYears();

    [Fact]
    public void ShippedYears_2024To2030_AllPresent() =>
        Shipped.Keys.Order().Should().Equal(2024, 2025, 2026, 2027, 2028, 2029, 2030);

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void OfficialYears_CiteTheirNotices(int year)
    {
        var schedule = Shipped[year];

        schedule.Status.Should().Be(ScheduleStatus.Official);
        schedule.Sources.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void ProvisionalYears_EqualTheForecast(int year)
    {
        var file = CalendarDocument.Serialize("vn", Shipped[year]);

        file.Should().Be(CalendarDocument.Serialize("vn", ProvisionalSchedule.For(year)));
        Shipped[year].Status.Should().Be(ScheduleStatus.Provisional);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void OfficialTet_SameDaysAsTheForecastRule(int year)
    {
        static IEnumerable<DateOnly> TetDays(HolidayYear y) =>
            y.Days.Where(d => d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).Select(d => d.Date);

        TetDays(Shipped[year]).Should().Equal(TetDays(ProvisionalSchedule.For(year)));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void EveryYear_ElevenStatutoryDaysOffOnWeekdays(int year)
    {
        // Labour Code 2019 Art. 112 gives 11 days; those falling on a weekend are compensated, swapped days are extra.
        var statutory = Shipped[year].Days.Count(d => d.Kind is DayKind.PublicHoliday or DayKind.CompensatoryDayOff
            && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

        statutory.Should().Be(11);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void SwappedDays_EachPairedWithAMakeUpSaturday(int year)
    {
        var days = Shipped[year].Days;

        days.Count(d => d.Kind == DayKind.SwappedDayOff).Should().Be(days.Count(d => d.Kind == DayKind.MakeUpWorkday));
        days.Where(d => d.Kind == DayKind.MakeUpWorkday).Should().OnlyContain(d => d.Date.DayOfWeek == DayOfWeek.Saturday);
    }
}
