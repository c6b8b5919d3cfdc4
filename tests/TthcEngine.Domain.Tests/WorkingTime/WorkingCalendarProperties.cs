using CsCheck;
using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.WorkingTime;

/// <summary>Laws of the deadline arithmetic, checked on random instants over the shipped years 2024-2030.</summary>
public class WorkingCalendarProperties
{
    private const int Iterations = 400;
    private static readonly WorkingCalendar Calendar = National;
    private static readonly DateTimeOffset First = Vn(2024, 1, 1);

    /// <summary>Any instant from 1/1/2024 to mid-2030, to the minute, so deadlines stay inside the shipped data.</summary>
    private static readonly Gen<DateTimeOffset> Instant = Gen.Int[0, 3_400_000].Select(m => First.AddMinutes(m));

    private static readonly Gen<int> Days = Gen.Int[0, 40];

    [Fact]
    public void Due_IsAWorkingInstant() =>
        Gen.Select(Instant, Days).Sample(t =>
            Calendar.IsWorkingInstant(Calendar.AddWorkingDays(t.Item1, new WorkingDays(t.Item2))).Should().BeTrue(),
            iter: Iterations);

    [Fact]
    public void Due_NeverDecreasesWhenFromGrows() =>
        Gen.Select(Instant, Gen.Int[0, 20_000], Days).Sample(t =>
        {
            var (from, laterBy, days) = t;
            var earlier = Calendar.AddWorkingDays(from, new WorkingDays(days));
            var later = Calendar.AddWorkingDays(from.AddMinutes(laterBy), new WorkingDays(days));

            later.Should().BeOnOrAfter(earlier);
        }, iter: Iterations);

    [Fact]
    public void Due_NeverDecreasesWhenDaysGrow() =>
        Gen.Select(Instant, Days, Gen.Int[0, 10]).Sample(t =>
        {
            var (from, days, more) = t;

            Calendar.AddWorkingDays(from, new WorkingDays(days + more))
                .Should().BeOnOrAfter(Calendar.AddWorkingDays(from, new WorkingDays(days)));
        }, iter: Iterations);

    [Fact]
    public void Elapsed_FromToDue_IsTheLimit() =>
        Gen.Select(Instant, Days).Sample(t =>
        {
            var (from, days) = t;
            var due = Calendar.AddWorkingDays(from, new WorkingDays(days));

            Calendar.Elapsed(from, due).Should().Be(TimeSpan.FromHours(8 * days));
        }, iter: Iterations);

    [Fact]
    public void Elapsed_FromToDueInHours_IsTheLimit() =>
        Gen.Select(Instant, Gen.Int[0, 300]).Sample(t =>
        {
            var (from, hours) = t;

            Calendar.Elapsed(from, Calendar.Due(from, TimeLimit.OfWorkingHours(hours))).Should().Be(TimeSpan.FromHours(hours));
        }, iter: Iterations);

    [Fact]
    public void Elapsed_IsAdditiveOverAdjacentIntervals() =>
        Gen.Select(Instant, Gen.Int[0, 60_000], Gen.Int[0, 60_000]).Sample(t =>
        {
            var (a, toB, toC) = t;
            var b = a.AddMinutes(toB);
            var c = b.AddMinutes(toC);

            Calendar.Elapsed(a, c).Should().Be(Calendar.Elapsed(a, b) + Calendar.Elapsed(b, c));
        }, iter: Iterations);

    [Fact]
    public void AddWorkingTimeWithPauses_ElapsedExcludingPausesIsTheLimit() =>
        Gen.Select(Instant, Days, Gen.Int[0, 30_000], Gen.Int[0, 30_000]).Sample(t =>
        {
            var (from, days, pauseAfter, pauseLength) = t;
            var pause = new ClockPause(from.AddMinutes(pauseAfter), from.AddMinutes(pauseAfter + pauseLength), PauseReason.AwaitingSupplement);
            var limit = TimeSpan.FromHours(8 * days);

            var due = Calendar.AddWorkingTime(from, limit, [pause]);

            due.Should().NotBeNull();
            Calendar.Elapsed(from, due!.Value, [pause]).Should().Be(limit);
            due.Value.Should().BeOnOrAfter(Calendar.AddWorkingTime(from, limit));
        }, iter: Iterations);
}
