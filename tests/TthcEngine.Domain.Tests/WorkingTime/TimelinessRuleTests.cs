using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.WorkingTime;

public class TimelinessRuleTests
{
    private static readonly DateTimeOffset Due = Vn(2026, 3, 12, 9);

    [Fact]
    public void Classify_FinishedDayBeforeDueDate_Early() =>
        TimelinessRule.Classify(Vn(2026, 3, 11, 16), Due).Should().Be(Timeliness.Early);

    [Fact]
    public void Classify_FinishedOnDueDateBeforeDueInstant_OnTime() =>
        TimelinessRule.Classify(Vn(2026, 3, 12, 8), Due).Should().Be(Timeliness.OnTime);

    [Fact]
    public void Classify_FinishedExactlyAtDueInstant_OnTime() =>
        TimelinessRule.Classify(Due, Due).Should().Be(Timeliness.OnTime);

    [Fact]
    public void Classify_FinishedOneSecondAfterDue_Late() =>
        TimelinessRule.Classify(Vn(2026, 3, 12, 9, 0, 1), Due).Should().Be(Timeliness.Late);

    [Fact]
    public void Classify_FinishedInUtcOnTheDueDateInVietnam_OnTimeNotEarly()
    {
        // 20:00 UTC on 11/3 is 03:00 on 12/3 in Vietnam: the due date itself.
        var finished = new DateTimeOffset(2026, 3, 11, 20, 0, 0, TimeSpan.Zero);

        TimelinessRule.Classify(finished, Due).Should().Be(Timeliness.OnTime);
    }

    [Theory]
    [InlineData(Timeliness.Early, 2)]
    [InlineData(Timeliness.OnTime, 1)]
    [InlineData(Timeliness.Late, 0)]
    public void Score_Circular01Index_TwoOneZero(Timeliness timeliness, int expected) =>
        timeliness.Score().Should().Be(expected);
}
