using TthcEngine.Domain.Tests.WorkingTime;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.Workflows;

public partial class WorkflowRuntimeTests
{
    [Fact]
    public void Complete_StepNotActive_RefusedNamingActiveSteps()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));

        var act = () => dossier.Complete("approve", Vn(2026, 3, 9, 9));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.not-active" && e.Message.Contains("active: receive"));
    }

    [Fact]
    public void Complete_SameActivationTwice_SecondRefused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 9));

        var act = () => dossier.Complete("receive", Vn(2026, 3, 9, 9));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.not-active");
    }

    [Fact]
    public void Claim_ThenOtherOfficerCompletes_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new ClaimStep(Vn(2026, 3, 9, 8, 5), "receive", "cb.a"));

        var twice = () => dossier.Run(new ClaimStep(Vn(2026, 3, 9, 8, 6), "receive", "cb.b"));
        var other = () => dossier.Complete("receive", Vn(2026, 3, 9, 9), "cb.b");

        twice.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.already-claimed" && e.Message.Contains("cb.a"));
        other.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.claimed-by-other");
    }

    [Fact]
    public void Finish_GrantedBeforeFlowComplete_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));

        var act = () => dossier.Run(new FinishWorkflow(Vn(2026, 3, 9, 9), Outcome.Granted, "ld.a"));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "workflow.flow-incomplete");
    }

    [Fact]
    public void Finish_RefusedWithReason_CancelsActiveStepsAndEndsTheDossier()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Complete("appraise", Vn(2026, 3, 10, 16));

        var events = dossier.Run(new FinishWorkflow(Vn(2026, 3, 11, 9), Outcome.Refused, "ld.a", "Không phù hợp quy hoạch"));

        events.OfType<StepCancelled>().Select(c => c.Step.StepId).Should().Equal("moi-truong", "xay-dung");
        events.OfType<WorkflowFinished>().Single().Should().Match<WorkflowFinished>(f => f.Outcome == Outcome.Refused && f.Timeliness == Timeliness.Early);
        dossier.State.Active.Should().BeEmpty();
        var after = () => dossier.Complete("xay-dung", Vn(2026, 3, 11, 10));
        after.Should().Throw<DomainRuleException>().Where(e => e.Code == "workflow.finished");
    }

    [Fact]
    public void Finish_RefusedWithoutReason_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));

        var act = () => dossier.Run(new FinishWorkflow(Vn(2026, 3, 9, 9), Outcome.Refused, "ld.a"));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "workflow.refusal-reason");
    }

    [Fact]
    public void Finish_WithdrawnDuringAppraisal_CancelsActiveStepsAndIsJudgedThen()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));

        var events = dossier.Run(new FinishWorkflow(Vn(2026, 3, 10, 9), Outcome.Withdrawn, "cb.desk", "Người nộp đề nghị rút hồ sơ"));

        events.OfType<StepCancelled>().Select(c => c.Step.StepId).Should().Equal("appraise");
        events.OfType<WorkflowFinished>().Single().Should().Match<WorkflowFinished>(f =>
            f.Outcome == Outcome.Withdrawn && f.Reason == "Người nộp đề nghị rút hồ sơ" && f.At == Vn(2026, 3, 10, 9) && f.Timeliness == Timeliness.Early);
        dossier.State.Active.Should().BeEmpty();
        dossier.State.Finished.Should().NotBeNull();
    }

    [Fact]
    public void Finish_WithdrawnWhileWaitingForSupplement_EndsThePauseThenTheDossier()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new PauseWorkflow(Vn(2026, 3, 9, 9), PauseReason.AwaitingSupplement));

        var events = dossier.Run(new FinishWorkflow(Vn(2026, 3, 20, 9), Outcome.Withdrawn, "cb.desk", "Không bổ sung được giấy tờ, xin rút hồ sơ"));

        events.OfType<WorkflowResumed>().Should().ContainSingle();
        events.Last().Should().BeOfType<WorkflowFinished>().Which.Outcome.Should().Be(Outcome.Withdrawn);
        dossier.State.OpenPause.Should().BeNull();
    }

    [Fact]
    public void Finish_WithdrawnWithoutTheRequest_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));

        var act = () => dossier.Run(new FinishWorkflow(Vn(2026, 3, 9, 9), Outcome.Withdrawn, "cb.desk", " "));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "workflow.withdrawal-reason");
    }

    [Fact]
    public void Finish_WithdrawnOnceTheResultIsReady_Refused()
    {
        var dossier = RuntimeHarness.PermitThroughOpinions();
        dossier.Run(new ResumeWorkflow(Vn(2026, 3, 13, 9)));
        dossier.Complete("approve", Vn(2026, 3, 13, 14));
        dossier.Complete("return", Vn(2026, 3, 16, 8), "cb.desk");
        dossier.State.ResultReady.Should().NotBeNull();

        var act = () => dossier.Run(new FinishWorkflow(Vn(2026, 3, 16, 9), Outcome.Withdrawn, "cb.desk", "Người nộp đề nghị rút hồ sơ"));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "workflow.withdrawal-result-ready");
    }

    [Fact]
    public void Command_BeforeLastEvent_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));

        var act = () => dossier.Complete("appraise", Vn(2026, 3, 9, 9));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "workflow.time-backwards");
    }

    [Fact]
    public void Decide_RefusedCommand_LeavesStateUntouched()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        var before = dossier.State.History.Count;

        var act = () => WorkflowRuntime.Decide(dossier.State, new CompleteStep(Vn(2026, 3, 9, 9), "approve", "x"));

        act.Should().Throw<DomainRuleException>();
        dossier.State.History.Should().HaveCount(before);
    }

    [Fact]
    public void Replay_OverAnotherVersion_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        var version2 = Permit with { Version = 2 };

        var act = () => WorkflowState.Replay(version2, National, dossier.Events);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "workflow.version-mismatch");
    }

    [Fact]
    public void Start_GreenLaneOnProcedureWithout_Refused()
    {
        var plain = Permit with { GreenLane = null };

        var act = () => RuntimeHarness.Started(plain, Vn(2026, 3, 9, 8), Lane.GreenLane);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "procedure.no-green-lane");
    }
}
