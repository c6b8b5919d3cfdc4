using TthcEngine.Domain.Workflows;

namespace TthcEngine.Domain.Tests.Workflows;

public class FlowStepsTests
{
    [Fact]
    public void Of_StandardFlow_EveryStepInOrder_BranchStepsWithTheirBlock()
    {
        var steps = FlowSteps.Of(TestProcedures.Permit.Flow).Select(s => (s.Step.Id, s.Block?.Id)).ToList();

        steps.Should().Equal(
            ("receive", null), ("appraise", null), ("xay-dung", "opinions"), ("moi-truong", "opinions"), ("check", "opinions"),
            ("approve", null), ("return", null));
    }

    [Fact]
    public void Of_Procedure_StandardThenGreenLaneSteps()
    {
        var permit = TestProcedures.Permit;

        FlowSteps.Of(permit).Select(s => s.Id).Should().Equal(
            FlowSteps.Of(permit.Flow).Concat(FlowSteps.Of(permit.GreenLane!.Flow)).Select(s => s.Step.Id));
        FlowSteps.Of(permit).Should().HaveCount(7 + FlowSteps.Of(permit.GreenLane!.Flow).Count());
    }
}
