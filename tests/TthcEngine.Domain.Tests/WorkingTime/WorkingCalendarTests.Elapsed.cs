using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.WorkingTime;

public partial class WorkingCalendarTests
{
    [Fact]
    public void Elapsed_AcrossTet2026_CountsOnlyOfficeHours()
    {
        var elapsed = Calendar.Elapsed(Vn(2026, 2, 12, 9), Vn(2026, 2, 24, 10, 30));

        // Thu 12: 6.5 h; Fri 13: 8 h; 16-20/2 Tết; Mon 23: 8 h; Tue 24 07:30-10:30: 3 h.
        elapsed.Should().Be(TimeSpan.FromHours(25.5));
    }

    [Fact]
    public void Elapsed_WithinLunchBreak_IsZero()
    {
        var elapsed = Calendar.Elapsed(Vn(2026, 3, 10, 11, 45), Vn(2026, 3, 10, 13, 15));

        elapsed.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Elapsed_EndBeforeStart_Throws()
    {
        var act = () => Calendar.Elapsed(Vn(2026, 3, 10, 10), Vn(2026, 3, 10, 9));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "working-time.reversed");
    }

    [Fact]
    public void Elapsed_PauseAcrossHoliday_ExcludesPausedWorkingTime()
    {
        var pause = new ClockPause(Vn(2026, 4, 29, 10), Vn(2026, 5, 5, 9), PauseReason.AwaitingSupplement);

        var elapsed = Calendar.Elapsed(Vn(2026, 4, 28, 8), Vn(2026, 5, 6, 17), [pause]);

        // Tue 28 08:00-17:30 7.5 h + Wed 29 07:30-10:00 2.5 h, then Tue 5/5 09:00-17:30 6.5 h + Wed 6/5 07:30-17:00 7.5 h.
        elapsed.Should().Be(TimeSpan.FromHours(24));
    }

    [Fact]
    public void AddWorkingTime_PauseAcrossHoliday_PushesDueByPausedWorkingTime()
    {
        var pause = new ClockPause(Vn(2026, 4, 29, 10), Vn(2026, 5, 5, 9), PauseReason.AwaitingSupplement);

        var due = Calendar.AddWorkingTime(Vn(2026, 4, 28, 8), TimeSpan.FromHours(24), [pause]);

        due.Should().Be(Vn(2026, 5, 6, 17));
    }

    [Fact]
    public void AddWorkingTime_OverlappingPauses_CountedOnce()
    {
        ClockPause[] pauses =
        [
            new(Vn(2026, 3, 10, 8), Vn(2026, 3, 10, 10), PauseReason.AwaitingSupplement),
            new(Vn(2026, 3, 10, 9), Vn(2026, 3, 10, 11), PauseReason.AwaitingFinancialObligation),
        ];

        var due = Calendar.AddWorkingTime(Vn(2026, 3, 10, 7, 30), TimeSpan.FromHours(8), pauses);

        // Paused 08:00-11:00: three working hours, so the day's 8 hours end at 10:30 next morning.
        due.Should().Be(Vn(2026, 3, 11, 10, 30));
    }

    [Fact]
    public void AddWorkingTime_OpenPauseBeforeDue_HasNoDue()
    {
        var pause = new ClockPause(Vn(2026, 3, 10, 9), null, PauseReason.AwaitingFinancialObligation);

        var due = Calendar.AddWorkingTime(Vn(2026, 3, 10, 7, 30), TimeSpan.FromHours(16), [pause]);

        due.Should().BeNull();
    }

    [Fact]
    public void AddWorkingTime_OpenPauseAfterDue_KeepsDue()
    {
        var pause = new ClockPause(Vn(2026, 3, 12, 9), null, PauseReason.AwaitingSupplement);

        var due = Calendar.AddWorkingTime(Vn(2026, 3, 10, 7, 30), TimeSpan.FromHours(8), [pause]);

        due.Should().Be(Vn(2026, 3, 10, 17, 30));
    }

    [Fact]
    public void Elapsed_OpenPause_CountsUpToTheEnd()
    {
        var pause = new ClockPause(Vn(2026, 3, 10, 13, 30), null, PauseReason.AwaitingSupplement);

        var elapsed = Calendar.Elapsed(Vn(2026, 3, 10, 7, 30), Vn(2026, 3, 11, 9), [pause]);

        elapsed.Should().Be(TimeSpan.FromHours(4));
    }
}
