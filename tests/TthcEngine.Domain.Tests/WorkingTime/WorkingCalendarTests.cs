using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.WorkingTime;

public partial class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = National;

    [Theory]
    [InlineData("2025-04-26", true)] // Saturday worked in exchange for Friday 2/5/2025
    [InlineData("2025-05-02", false)] // the swapped Friday
    [InlineData("2025-04-30", false)]
    [InlineData("2025-05-01", false)]
    [InlineData("2025-01-27", false)] // Tết Ất Tỵ, 27-31/1/2025
    [InlineData("2025-01-31", false)]
    [InlineData("2025-02-03", true)]
    [InlineData("2025-09-01", false)] // National Day 2025: Monday 1/9 and Tuesday 2/9
    [InlineData("2025-09-02", false)]
    [InlineData("2025-09-03", true)]
    [InlineData("2026-02-13", true)] // the Friday before Tết Bính Ngọ
    [InlineData("2026-02-16", false)] // Tết Bính Ngọ, 16-20/2/2026
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-23", true)]
    [InlineData("2026-04-26", false)] // Hùng Kings' day on a Sunday...
    [InlineData("2026-04-27", false)] // ...so Monday is the compensatory day off
    [InlineData("2026-08-22", true)] // Saturday worked in exchange for Monday 31/8/2026
    [InlineData("2026-08-31", false)]
    [InlineData("2026-09-01", false)]
    [InlineData("2026-09-02", false)]
    [InlineData("2024-05-04", true)] // Saturday worked in exchange for Monday 29/4/2024
    [InlineData("2024-04-29", false)]
    [InlineData("2026-03-07", false)] // an ordinary Saturday
    [InlineData("2026-03-11", true)] // an ordinary Wednesday
    public void IsWorkingDay_OfficialSchedules_FollowsTheNotices(string date, bool expected)
    {
        var isWorking = Calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        isWorking.Should().Be(expected);
    }

    [Fact]
    public void IsWorkingDay_YearMissingFromData_Throws()
    {
        var act = () => Calendar.IsWorkingDay(new DateOnly(2031, 1, 2));

        act.Should().Throw<DomainRuleException>()
            .Where(e => e.Code == "calendar.year-missing" && e.Message.Contains("2031") && e.Message.Contains("vn-2031.json"));
    }

    [Fact]
    public void AddWorkingDays_RunningIntoMissingYear_Throws()
    {
        var act = () => Calendar.AddWorkingDays(Vn(2030, 12, 30, 9), new WorkingDays(3));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "calendar.year-missing");
    }

    [Fact]
    public void IsWorkingDay_ProvinceDayOff_OverridesNationalWorkingDay()
    {
        var province = new WorkingCalendar(
            "lao-cai",
            OfficeHours.ProvincialDefault,
            Calendar.Years,
            [new CalendarDay(new DateOnly(2026, 3, 11), DayKind.LocalDayOff, "Ngày nghỉ của tỉnh")]);

        var isWorking = province.IsWorkingDay(new DateOnly(2026, 3, 11));

        isWorking.Should().BeFalse();
        Calendar.IsWorkingDay(new DateOnly(2026, 3, 11)).Should().BeTrue();
    }

    [Fact]
    public void Constructor_TwoSchedulesForOneYear_Throws()
    {
        var year = Calendar.Years[0];

        var act = () => new WorkingCalendar("vn", OfficeHours.ProvincialDefault, [year, year]);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "calendar.year-twice");
    }

    [Fact]
    public void OfficeHours_OverlappingSessions_Throws()
    {
        var act = () => new OfficeHours(
        [
            new OfficeSession(new TimeOnly(7, 30), new TimeOnly(12, 0)),
            new OfficeSession(new TimeOnly(11, 0), new TimeOnly(17, 0)),
        ]);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "calendar.office-hours");
    }
}
