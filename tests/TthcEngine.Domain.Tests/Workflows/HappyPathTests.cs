using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.Workflows;

public class HappyPathTests
{
    [Fact]
    public void Simulate_Standard_FinishesAfterTheCriticalPathOnTime()
    {
        var run = HappyPath.Simulate(TestProcedures.Permit, National, Vn(2026, 3, 9, 8), Lane.Standard);

        // Critical path 0.5 + 2 + 3 + 1 + 0.5 = 7 working days from Mon 9/3 08:00.
        run.Ready.At.Should().Be(Vn(2026, 3, 18, 8));
        run.Ready.DueAt.Should().Be(Vn(2026, 3, 23, 8));
        run.Ready.Timeliness.Should().Be(Timeliness.Early);
        run.Steps.Should().OnlyContain(s => s.Completed.Timeliness == Timeliness.OnTime);
        run.Steps.Select(s => s.Completed.Step.StepId).Should().Equal("receive", "appraise", "moi-truong", "check", "xay-dung", "approve", "return");
    }

    [Fact]
    public void Simulate_GreenLane_WaitsForTheLongestBranchNotTheSum()
    {
        var run = HappyPath.Simulate(TestProcedures.Permit, National, Vn(2026, 3, 9, 8), Lane.GreenLane);

        // 0.5 + max(2, 2, 1) + 1 + 0.5 = 4 working days, not 0.5 + 5 + 1 + 0.5.
        run.Ready.At.Should().Be(Vn(2026, 3, 13, 8));
        National.Elapsed(Vn(2026, 3, 9, 8), run.Ready.At).Should().Be(FlowMetrics.CriticalPath(TestProcedures.Permit.GreenLane!.Flow));
    }
}
