using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.Workflows;

public partial class WorkflowRuntimeTests
{
    [Fact]
    public void PlannedPause_AcrossHoliday_ClockStopsAndDueMovesByTheWait()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 4, 20, 8));
        dossier.Complete("receive", Vn(2026, 4, 20, 10));
        dossier.Complete("appraise", Vn(2026, 4, 21, 16));
        dossier.Complete("moi-truong", Vn(2026, 4, 22, 9));
        dossier.Complete("check", Vn(2026, 4, 22, 15));
        var dueBefore = dossier.State.DueAt;

        dossier.Complete("xay-dung", Vn(2026, 4, 24, 10));
        dossier.State.DueAt.Should().BeNull("the clock is stopped while the applicant pays");
        var resumed = dossier.Run(new ResumeWorkflow(Vn(2026, 5, 4, 10))).OfType<WorkflowResumed>().Single();

        // 10 working days from Mon 20/4 08:00 skip 27/4 (compensatory for Hùng Kings' day), 30/4 and 1/5: Thu 7/5 08:00.
        // Waiting Fri 24/4 10:00 to Mon 4/5 10:00 stopped 24 working hours (Fri 5.5 h, Tue 28 and Wed 29, Mon 2.5 h):
        // the holidays inside the wait cost nothing, and the due moves three working days, to Tue 12/5 08:00.
        dueBefore.Should().Be(Vn(2026, 5, 7, 8));
        resumed.DueAt.Should().Be(Vn(2026, 5, 12, 8));
        resumed.ClockStartsAt.Should().Be(Vn(2026, 4, 20, 8), "a financial obligation does not restart the count");
        dossier.ActiveIds.Should().Equal("approve");
    }

    [Fact]
    public void Supplement_WithinThreeWorkingDays_RestartsTheCountAndKeepsTheFirstDue()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));

        dossier.Run(new PauseWorkflow(Vn(2026, 3, 10, 9), PauseReason.AwaitingSupplement));
        var resumed = dossier.Run(new ResumeWorkflow(Vn(2026, 3, 16, 14))).OfType<WorkflowResumed>().Single();

        resumed.ClockStartsAt.Should().Be(Vn(2026, 3, 16, 14));
        resumed.DueAt.Should().Be(Vn(2026, 3, 30, 14));
        dossier.State.EarlierDueAts.Should().Equal(Vn(2026, 3, 23, 8));
        dossier.State.SupplementRequests.Should().Be(1);
    }

    [Fact]
    public void Supplement_AfterThreeWorkingDays_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));

        var act = () => dossier.Run(new PauseWorkflow(Vn(2026, 3, 12, 9), PauseReason.AwaitingSupplement));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "supplement.too-late" && e.Message.Contains("19(4)"));
    }

    [Fact]
    public void Paused_StepCommandsRefusedUntilResumed()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new PauseWorkflow(Vn(2026, 3, 9, 9), PauseReason.AwaitingSupplement));

        var act = () => dossier.Complete("receive", Vn(2026, 3, 9, 10));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "workflow.paused");
    }

    [Fact]
    public void StepDue_ExcludesTheDossiersPause()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new PauseWorkflow(Vn(2026, 3, 9, 9), PauseReason.AwaitingSupplement));
        dossier.Run(new ResumeWorkflow(Vn(2026, 3, 9, 13, 30)));

        var done = dossier.Complete("receive", Vn(2026, 3, 9, 15, 30));

        // Budget 4 h from 08:00; the 2.5 working hours paused (09:00-11:30) push its due from 14:00 to 16:30.
        done.DueAt.Should().Be(Vn(2026, 3, 9, 16, 30));
        done.Timeliness.Should().Be(Timeliness.OnTime);
    }
}
