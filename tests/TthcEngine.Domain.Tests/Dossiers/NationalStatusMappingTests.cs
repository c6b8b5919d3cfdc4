using TthcEngine.Domain.Dossiers;
using TthcEngine.Domain.Tests.Workflows;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.Dossiers;

public class NationalStatusMappingTests
{
    private static readonly ProcedureDefinition Permit = TestProcedures.Permit;

    [Fact]
    public void Of_NotStarted_NewlyRegistered()
    {
        var state = new WorkflowState(Permit, National);

        var status = NationalStatusMapping.Of(state, resultReturned: false);

        status.Should().Be(NationalStatus.NewlyRegistered);
        ((int)status).Should().Be(1);
    }

    [Fact]
    public void Of_StartedWithReceptionActive_Received()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.Received);
    }

    [Fact]
    public void Of_ReceptionDone_Processing()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.Processing);
    }

    [Fact]
    public void Of_ParallelOpinionsActive_Processing()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Complete("appraise", Vn(2026, 3, 10, 16));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.Processing);
    }

    [Fact]
    public void Of_WaitingForSupplement_SupplementRequested()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Run(new PauseWorkflow(Vn(2026, 3, 10, 9), PauseReason.AwaitingSupplement));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.SupplementRequested);
    }

    [Fact]
    public void Of_SupplementResumed_BackToProcessing()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Run(new PauseWorkflow(Vn(2026, 3, 10, 9), PauseReason.AwaitingSupplement));
        dossier.Run(new ResumeWorkflow(Vn(2026, 3, 16, 14)));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.Processing);
    }

    [Fact]
    public void Of_SupplementAskedAtReception_SupplementRequested()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new PauseWorkflow(Vn(2026, 3, 9, 9), PauseReason.AwaitingSupplement));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.SupplementRequested);
    }

    [Fact]
    public void Of_AtThePlannedFeePause_FinancialObligationRequested()
    {
        var dossier = RuntimeHarness.PermitThroughOpinions();

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        dossier.State.OpenPause!.Reason.Should().Be(PauseReason.AwaitingFinancialObligation);
        status.Should().Be(NationalStatus.FinancialObligationRequested);
    }

    [Fact]
    public void Of_FlowCompleteNotFinished_ResultReady()
    {
        var dossier = ResultReady();

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.ResultReady);
        ((int)status).Should().Be(9);
    }

    [Fact]
    public void Of_FeeWaitOpenedAfterResultReady_StaysResultReady()
    {
        var dossier = ResultReady();
        dossier.Run(new PauseWorkflow(Vn(2026, 3, 16, 9), PauseReason.AwaitingFinancialObligation));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.ResultReady);
    }

    [Fact]
    public void Of_GrantedNotReturned_ResultReady()
    {
        var dossier = ResultReady();
        dossier.Run(new FinishWorkflow(Vn(2026, 3, 16, 9), Outcome.Granted, "cb.desk"));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.ResultReady);
    }

    [Fact]
    public void Of_GrantedAndReturned_ResultReturned()
    {
        var dossier = ResultReady();
        dossier.Run(new FinishWorkflow(Vn(2026, 3, 16, 9), Outcome.Granted, "cb.desk"));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: true);

        status.Should().Be(NationalStatus.ResultReturned);
        ((int)status).Should().Be(10);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Of_RefusedAfterAppraisal_Stopped(bool refusalNoticeHandedOver)
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Complete("appraise", Vn(2026, 3, 10, 16));
        dossier.Run(new FinishWorkflow(Vn(2026, 3, 11, 9), Outcome.Refused, "ld.a", "Không phù hợp quy hoạch"));

        var status = NationalStatusMapping.Of(dossier.State, refusalNoticeHandedOver);

        status.Should().Be(NationalStatus.Stopped);
        ((int)status).Should().Be(8);
    }

    [Fact]
    public void Of_RefusedWhileWaitingForSupplement_Stopped()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new PauseWorkflow(Vn(2026, 3, 9, 9), PauseReason.AwaitingSupplement));
        dossier.Run(new FinishWorkflow(Vn(2026, 3, 20, 9), Outcome.Refused, "ld.a", "Không bổ sung hồ sơ"));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.Stopped);
    }

    [Fact]
    public void Of_WithdrawnDuringAppraisal_WithdrawalRequested()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Run(new FinishWorkflow(Vn(2026, 3, 10, 9), Outcome.Withdrawn, "cb.desk", "Người nộp đề nghị rút hồ sơ"));

        var status = NationalStatusMapping.Of(dossier.State, resultReturned: false);

        status.Should().Be(NationalStatus.WithdrawalRequested);
        ((int)status).Should().Be(7);
    }

    [Fact]
    public void Of_ReturnedBeforeTheResultIsReady_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));

        var act = () => NationalStatusMapping.Of(dossier.State, resultReturned: true);

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "national-status.no-result");
    }

    [Fact]
    public void NationalStatus_Values_AreThePortalCodesOneToTen()
    {
        var values = Enum.GetValues<NationalStatus>().Select(s => (int)s);

        values.Should().Equal(Enumerable.Range(1, 10));
        ((int)NationalStatus.RefusedAtReceipt).Should().Be(3);
        ((int)NationalStatus.WithdrawalRequested).Should().Be(7);
    }

    /// <summary>The test permit with every step done: its flow is complete, the dossier not yet finished.</summary>
    private static RuntimeHarness ResultReady()
    {
        var dossier = RuntimeHarness.PermitThroughOpinions();
        dossier.Run(new ResumeWorkflow(Vn(2026, 3, 13, 9)));
        dossier.Complete("approve", Vn(2026, 3, 13, 14));
        dossier.Complete("return", Vn(2026, 3, 16, 8), "cb.desk");
        dossier.State.ResultReady.Should().NotBeNull();
        return dossier;
    }
}
