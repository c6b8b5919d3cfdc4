using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.WorkingTime;

public partial class WorkingCalendarTests
{
    private static readonly TimeOnly CutOff = new(15, 0);

    public static TheoryData<string, DateTimeOffset, TimeLimit, DateTimeOffset> DueCases => new()
    {
        { "convention 4: Monday 09:00 + 3 working days", Vn(2026, 3, 9, 9), TimeLimit.OfWorkingDays(3), Vn(2026, 3, 12, 9) },
        { "a full first day ends at its close", Vn(2026, 3, 9, 7, 30), TimeLimit.OfWorkingDays(1), Vn(2026, 3, 9, 17, 30) },
        { "Tết 2026 skipped (16-20/2)", Vn(2026, 2, 12, 9), TimeLimit.OfWorkingDays(5), Vn(2026, 2, 26, 9) },
        { "Tết 2025 skipped (27-31/1)", Vn(2025, 1, 24, 14), TimeLimit.OfWorkingDays(3), Vn(2025, 2, 5, 14) },
        { "make-up Saturday 26/4/2025 counts", Vn(2025, 4, 25, 10), TimeLimit.OfWorkingDays(2), Vn(2025, 4, 28, 10) },
        { "30/4-4/5/2025 with the swapped Friday", Vn(2025, 4, 29, 10), TimeLimit.OfWorkingDays(1), Vn(2025, 5, 5, 10) },
        { "2/9/2025: Monday 1/9 and Tuesday 2/9 off", Vn(2025, 8, 29, 9), TimeLimit.OfWorkingDays(1), Vn(2025, 9, 3, 9) },
        { "2/9/2026: swapped Monday 31/8, 1/9 and 2/9 off", Vn(2026, 8, 28, 9), TimeLimit.OfWorkingDays(1), Vn(2026, 9, 3, 9) },
        { "make-up Saturday 22/8/2026 counts by the hour", Vn(2026, 8, 21, 16), TimeLimit.OfWorkingHours(4), Vn(2026, 8, 22, 10) },
        { "Hùng Kings' day on Sunday 26/4/2026: Monday off", Vn(2026, 4, 24, 9), TimeLimit.OfWorkingDays(1), Vn(2026, 4, 28, 9) },
        { "Hùng Kings' day then 30/4-1/5/2026", Vn(2026, 4, 24, 9), TimeLimit.OfWorkingDays(3), Vn(2026, 5, 4, 9) },
        { "received on a Saturday: clock starts Monday 07:30", Vn(2026, 3, 7, 10), TimeLimit.OfWorkingDays(2), Vn(2026, 3, 10, 17, 30) },
        { "received after office hours: clock starts next morning", Vn(2026, 3, 10, 18, 45), TimeLimit.OfWorkingDays(1), Vn(2026, 3, 11, 17, 30) },
        { "received at lunch: clock starts 13:30", Vn(2026, 3, 10, 12), TimeLimit.OfWorkingHours(1), Vn(2026, 3, 10, 14, 30) },
        { "working hours across the lunch break", Vn(2026, 3, 10, 10), TimeLimit.OfWorkingHours(12), Vn(2026, 3, 11, 16) },
        { "calendar days: from the next day", Vn(2026, 3, 9, 10), TimeLimit.OfCalendarDays(15), Vn(2026, 3, 24, 17, 30) },
        { "calendar days ending on a Saturday roll to Monday", Vn(2026, 3, 11, 10), TimeLimit.OfCalendarDays(10), Vn(2026, 3, 23, 17, 30) },
        { "calendar days ending in Tết roll past it", Vn(2026, 2, 5, 10), TimeLimit.OfCalendarDays(10), Vn(2026, 2, 23, 17, 30) },
        { "same day, no cut-off, late afternoon", Vn(2026, 3, 10, 16), TimeLimit.SameDay, Vn(2026, 3, 10, 17, 30) },
    };

    [Theory]
    [MemberData(nameof(DueCases))]
    public void Due_RealDates_MatchesHandCount(string why, DateTimeOffset acceptedAt, TimeLimit limit, DateTimeOffset expected)
    {
        var due = Calendar.Due(acceptedAt, limit);

        due.Should().Be(expected, why);
    }

    [Theory]
    [InlineData(14, 59, 10)]
    [InlineData(15, 0, 10)]
    [InlineData(15, 1, 11)]
    [InlineData(17, 0, 11)]
    public void Due_SameDayWithCutOff_AfterFifteenMovesToNextDay(int hour, int minute, int expectedDay)
    {
        var due = Calendar.Due(Vn(2026, 3, 10, hour, minute), TimeLimit.SameDay, CutOff);

        due.Should().Be(Vn(2026, 3, expectedDay, 17, 30));
    }

    [Fact]
    public void Due_SameDayAfterCutOffBeforeTet_DueAfterTheHoliday()
    {
        var due = Calendar.Due(Vn(2026, 2, 13, 15, 30), TimeLimit.SameDay, CutOff);

        due.Should().Be(Vn(2026, 2, 23, 17, 30));
    }

    [Fact]
    public void ClockStart_CutOffOnSaturday_StartsMondayMorning()
    {
        var start = Calendar.ClockStart(Vn(2026, 3, 7, 16), CutOff);

        start.Should().Be(Vn(2026, 3, 9, 7, 30));
    }

    [Fact]
    public void Due_InstantGivenInUtc_SameAsVietnamTime()
    {
        var due = Calendar.Due(new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.Zero), TimeLimit.OfWorkingDays(3));

        due.Should().Be(Vn(2026, 3, 12, 9));
        due.Offset.Should().Be(TimeSpan.FromHours(7));
    }

    [Fact]
    public void TimeLimit_Negative_Throws()
    {
        var act = () => TimeLimit.OfWorkingDays(-1);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "time-limit.negative");
    }
}
