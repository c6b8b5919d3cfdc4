using CsCheck;
using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.WorkingTime;

/// <summary>Counting working time backwards, and the apology schedule built on it (convention 7).</summary>
public class SubtractWorkingTimeTests
{
    private static readonly WorkingCalendar Calendar = National;

    [Theory]
    [InlineData(2026, 3, 12, 9, 0, 8, 2026, 3, 11, 9, 0)]     // Thu 09:00 less a working day: Wed 09:00
    [InlineData(2026, 3, 9, 9, 0, 8, 2026, 3, 6, 9, 0)]       // Mon 09:00 less a working day: Fri 09:00 (weekend skipped)
    [InlineData(2026, 3, 11, 14, 0, 1, 2026, 3, 11, 11, 0)]   // 14:00 less an hour: the lunch break is not counted
    [InlineData(2026, 3, 11, 17, 30, 4, 2026, 3, 11, 13, 30)] // the afternoon session exactly
    [InlineData(2026, 2, 23, 8, 30, 8, 2026, 2, 13, 8, 30)]   // after Tết 2026 (14-22/2 off): back to Friday 13/2
    public void Subtract_KnownDates(int y, int m, int d, int h, int min, int hours, int ey, int em, int ed, int eh, int emin) =>
        Calendar.SubtractWorkingTime(Vn(y, m, d, h, min), TimeSpan.FromHours(hours)).Should().Be(Vn(ey, em, ed, eh, emin));

    [Fact]
    public void Subtract_ThenAdd_ReturnsToAWorkingInstant() =>
        Gen.Select(Gen.Int[0, 3_000_000], Gen.Int[0, 400]).Sample(t =>
        {
            var to = Calendar.AddWorkingTime(Vn(2024, 3, 1).AddMinutes(t.Item1), TimeSpan.Zero);
            var span = TimeSpan.FromMinutes(t.Item2 * 15);

            var from = Calendar.SubtractWorkingTime(to, span);

            Calendar.Elapsed(from, to).Should().Be(span);
        }, iter: 400);

    [Fact]
    public void Subtract_Negative_IsRefused()
    {
        var act = () => Calendar.SubtractWorkingTime(Vn(2026, 3, 11, 9), TimeSpan.FromHours(-1));

        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("working-time.negative");
    }

    [Fact]
    public void ApologyDeadline_IsOneWorkingDayBeforeTheDue() =>
        ApologySchedule.Deadline(Calendar, Vn(2026, 3, 16, 9)).Should().Be(Vn(2026, 3, 13, 9));

    [Fact]
    public void ApologyPreparation_ForAFifteenDayDossier_IsTwoWorkingDaysBeforeTheDue()
    {
        var start = Vn(2026, 3, 2, 8);
        var due = Calendar.AddWorkingDays(start, new WorkingDays(15));

        ApologySchedule.PrepareAt(Calendar, start, due).Should().Be(Calendar.SubtractWorkingTime(due, TimeSpan.FromHours(16)));
    }

    [Fact]
    public void ApologyPreparation_ForAShortDossier_IsHalfwayToTheDeadline()
    {
        var start = Vn(2026, 3, 9, 8);
        var due = Calendar.AddWorkingDays(start, new WorkingDays(2));

        // Deadline Tue 08:00 (one working day before Wed 08:00); half of those 8 office hours from Mon 08:00 ends Mon 14:00.
        ApologySchedule.PrepareAt(Calendar, start, due).Should().Be(Vn(2026, 3, 9, 14, 0));
    }

    [Fact]
    public void ApologyPreparation_ForASameDayDossier_IsTheClockStart()
    {
        var start = Vn(2026, 3, 9, 8);

        ApologySchedule.PrepareAt(Calendar, start, Vn(2026, 3, 9, 17, 30)).Should().Be(start);
    }
}
