using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.Workflows;

public partial class WorkflowRuntimeTests
{
    private static readonly ProcedureDefinition Permit = TestProcedures.Permit;

    [Fact]
    public void Start_Standard_PinsVersionStartsClockAndActivatesFirstStep()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 9));

        var started = dossier.Events.OfType<WorkflowStarted>().Single();
        started.Version.Should().Be(1);
        started.ClockStartsAt.Should().Be(Vn(2026, 3, 9, 9));
        started.DueAt.Should().Be(Vn(2026, 3, 23, 9));
        started.LegalBasis.Should().ContainSingle(b => b.Role == LegalBasisRole.Limit);
        dossier.Events.OfType<StepActivated>().Single().Should().Be(
            new StepActivated(Vn(2026, 3, 9, 9), new StepRef("receive", 1), "mot-cua", Role.Desk, Vn(2026, 3, 9, 15)));
    }

    [Fact]
    public void HappyPath_Standard_WalksEveryElementAndGrants()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));

        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Complete("appraise", Vn(2026, 3, 10, 16));
        dossier.ActiveIds.Should().Equal("moi-truong", "xay-dung");
        dossier.Complete("moi-truong", Vn(2026, 3, 11, 9));
        dossier.ActiveIds.Should().Equal("check", "xay-dung");
        dossier.Complete("check", Vn(2026, 3, 11, 15));
        dossier.Complete("xay-dung", Vn(2026, 3, 12, 10));
        dossier.Events.OfType<BlockJoined>().Should().ContainSingle();
        dossier.State.OpenPause!.Reason.Should().Be(PauseReason.AwaitingFinancialObligation);
        dossier.Run(new ResumeWorkflow(Vn(2026, 3, 13, 9)));
        dossier.Complete("approve", Vn(2026, 3, 13, 14));
        var ready = dossier.Run(new CompleteStep(Vn(2026, 3, 16, 8), "return", "cb.desk"));
        var finished = dossier.Run(new FinishWorkflow(Vn(2026, 3, 16, 9), Outcome.Granted, "cb.desk"));

        ready.OfType<FlowCompleted>().Single().Timeliness.Should().Be(Timeliness.Early);
        finished.OfType<WorkflowFinished>().Single().Outcome.Should().Be(Outcome.Granted);
        dossier.State.Completed.Select(c => c.Step.StepId).Should().Equal("receive", "appraise", "moi-truong", "check", "xay-dung", "approve", "return");
    }

    [Fact]
    public void CompleteStep_AfterItsDue_LateAndAttributedToUnitAndOfficer()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));

        var done = dossier.Complete("receive", Vn(2026, 3, 9, 15), "cb.nguyen-van-a");

        done.Timeliness.Should().Be(Timeliness.Late);
        done.DueAt.Should().Be(Vn(2026, 3, 9, 14));
        done.Unit.Should().Be("mot-cua");
        done.Officer.Should().Be("cb.nguyen-van-a");
        done.WorkingTimeUsed.Should().Be(TimeSpan.FromHours(5));
    }

    [Fact]
    public void GreenLane_BlockJoinsAtLongestBranch_AndFocalPointHearsEveryBranchEvent()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8), Lane.GreenLane);
        dossier.Complete("receive", Vn(2026, 3, 9, 11));

        dossier.ActiveIds.Should().Equal("appraise", "moi-truong", "xay-dung");
        dossier.Complete("moi-truong", Vn(2026, 3, 10, 9));
        dossier.Complete("appraise", Vn(2026, 3, 10, 16));
        dossier.Events.OfType<BlockJoined>().Should().BeEmpty();
        var last = dossier.Run(new CompleteStep(Vn(2026, 3, 11, 10), "xay-dung", "cb.so-xd"));

        last.OfType<BlockJoined>().Single().At.Should().Be(Vn(2026, 3, 11, 10));
        dossier.ActiveIds.Should().Equal("approve");
        var notices = dossier.Events.OfType<FocalPointNotified>().ToList();
        notices.Should().HaveCount(6).And.OnlyContain(n => n.Role == Role.FocalPoint && n.Unit == "lanh-dao");
        notices.Select(n => n.Step.StepId).Distinct().Should().BeEquivalentTo("appraise", "xay-dung", "moi-truong");
    }

    [Fact]
    public void GreenLane_DueFromShortenedLimit()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8), Lane.GreenLane);

        dossier.State.DueAt.Should().Be(Vn(2026, 3, 16, 8));
    }

    [Fact]
    public void StandardLane_NoFocalPointNotices()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Complete("appraise", Vn(2026, 3, 10, 16));

        dossier.Events.OfType<FocalPointNotified>().Should().BeEmpty();
    }

    [Fact]
    public void Rework_LeaderReturnsToAppraise_NewActivationAndLoop()
    {
        var dossier = RuntimeHarness.PermitAtApproval();

        dossier.Run(new ReturnForRework(Vn(2026, 3, 13, 10), "approve", "appraise", "ld.tran", "Thiếu ý kiến về PCCC"));
        dossier.ActiveIds.Should().Equal("appraise");
        dossier.State.ActiveStep("appraise")!.Ref.Should().Be(new StepRef("appraise", 2));
        dossier.Complete("appraise", Vn(2026, 3, 13, 15));
        dossier.Complete("moi-truong", Vn(2026, 3, 13, 16));
        dossier.Complete("check", Vn(2026, 3, 13, 17));
        dossier.Complete("xay-dung", Vn(2026, 3, 16, 9));
        dossier.Run(new ResumeWorkflow(Vn(2026, 3, 16, 10)));

        dossier.State.ActiveStep("approve")!.Ref.Should().Be(new StepRef("approve", 2));
        dossier.Events.OfType<StepReturned>().Single().Reason.Should().Be("Thiếu ý kiến về PCCC");
    }

    [Fact]
    public void Rework_WithinBranch_OnlyThatBranchGoesBack()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Complete("appraise", Vn(2026, 3, 10, 16));
        dossier.Complete("moi-truong", Vn(2026, 3, 11, 9));

        dossier.Run(new ReturnForRework(Vn(2026, 3, 11, 10), "check", "moi-truong", "cb.b", "Ý kiến chưa rõ"));

        dossier.ActiveIds.Should().Equal("moi-truong", "xay-dung");
        dossier.State.ActiveStep("xay-dung")!.Ref.Activation.Should().Be(1);
        dossier.State.ActiveStep("moi-truong")!.Ref.Activation.Should().Be(2);
    }

    [Fact]
    public void Rework_ToStepNotListed_RefusedWithAllowedTargets()
    {
        var dossier = RuntimeHarness.PermitAtApproval();

        var act = () => dossier.Run(new ReturnForRework(Vn(2026, 3, 13, 10), "approve", "receive", "ld.tran", "x"));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "rework.not-allowed" && e.Message.Contains("allowed: appraise"));
    }
}
