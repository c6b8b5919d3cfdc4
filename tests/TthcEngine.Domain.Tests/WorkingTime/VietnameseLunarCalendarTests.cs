using System.Globalization;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Tests.WorkingTime;

public class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1985, "1985-01-21")] // Vietnam a month before China (20/2/1985): the UTC+07:00 calendar differs
    [InlineData(2007, "2007-02-17")] // China: 18/2/2007
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    [InlineData(2030, "2030-02-02")] // China: 3/2/2030; the new moon falls at 23:07 Vietnam time on 2/2
    public void NewYear_KnownTetDates_Match(int year, string expected)
    {
        var tet = VietnameseLunarCalendar.NewYear(year);

        tet.Should().Be(DateOnly.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void ToSolar_HungKingsDay_MatchesOfficialSchedules(int year, string expected)
    {
        var day = VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10));

        day.Should().Be(DateOnly.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void FromSolar_EveryDay2020To2035_RoundTrips()
    {
        for (var date = new DateOnly(2020, 1, 1); date <= new DateOnly(2035, 12, 31); date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);

            VietnameseLunarCalendar.ToSolar(lunar).Should().Be(date, "lunar {0} must map back", lunar);
        }
    }

    [Fact]
    public void FromSolar_LeapMonth2025_IsSixthMonthRepeated()
    {
        // Năm Ất Tỵ 2025 has a leap sixth month (tháng 6 nhuận), beginning 25/7/2025.
        var lunar = VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 7, 25));

        lunar.Should().Be(new LunarDate(2025, 6, 1, IsLeapMonth: true));
    }

    [Fact]
    public void ToSolar_LeapMonthYearHasNone_Throws()
    {
        var act = () => VietnameseLunarCalendar.ToSolar(new LunarDate(2026, 6, 1, IsLeapMonth: true));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "lunar.no-leap-month");
    }
}
