using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.Workflows;

public class WorkflowStateDueSoonTests
{
    private static readonly TimeSpan FourHours = TimeSpan.FromHours(4);

    [Fact]
    public void DueSoonAt_Dossier_FourWorkingHoursBeforeDue()
    {
        var dossier = RuntimeHarness.Started(TestProcedures.Permit, Vn(2026, 3, 9, 8));

        // Due Mon 23/3 08:00; four working hours before it is Fri 20/3 14:00 (08:00 back to 07:30, then 17:30 back to 14:00).
        dossier.State.DueAt.Should().Be(Vn(2026, 3, 23, 8));
        dossier.State.DueSoonAt(FourHours).Should().Be(Vn(2026, 3, 20, 14));
    }

    [Fact]
    public void DueSoonOf_StepShorterThanMargin_DueSoonFromActivation()
    {
        var dossier = RuntimeHarness.Started(TestProcedures.Permit, Vn(2026, 3, 9, 8));

        var receive = dossier.State.ActiveStep("receive")!;

        dossier.State.DueSoonOf(receive, FourHours).Should().Be(Vn(2026, 3, 9, 8));
        dossier.State.DueSoonOf(receive, TimeSpan.FromHours(1)).Should().Be(Vn(2026, 3, 9, 11));
    }

    [Fact]
    public void DueSoonAt_WhilePaused_Null()
    {
        var dossier = RuntimeHarness.Started(TestProcedures.Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new PauseWorkflow(Vn(2026, 3, 9, 9), PauseReason.AwaitingSupplement));

        dossier.State.DueSoonAt(FourHours).Should().BeNull();
    }
}
