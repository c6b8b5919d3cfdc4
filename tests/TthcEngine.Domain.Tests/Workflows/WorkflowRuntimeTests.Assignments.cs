using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.Workflows;

public partial class WorkflowRuntimeTests
{
    [Fact]
    public void Assign_UnclaimedStep_TheAssigneeHoldsItAndOnlyTheyComplete()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));

        var events = dossier.Run(new AssignStep(Vn(2026, 3, 9, 8, 10), "receive", null, "cb.b", "ld.a", "phân công"));

        events.Should().Equal(new StepAssigned(Vn(2026, 3, 9, 8, 10), new StepRef("receive", 1), null, "cb.b", "ld.a", "phân công"));
        dossier.State.ActiveStep("receive")!.ClaimedBy.Should().Be("cb.b");
        var other = () => dossier.Complete("receive", Vn(2026, 3, 9, 9), "cb.a");
        other.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.claimed-by-other");
        dossier.Complete("receive", Vn(2026, 3, 9, 9), "cb.b").Officer.Should().Be("cb.b");
    }

    [Fact]
    public void Assign_ReleaseOfAClaim_AnotherOfficerClaimsAndCompletes()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new ClaimStep(Vn(2026, 3, 9, 8, 5), "receive", "cb.a"));

        dossier.Run(new AssignStep(Vn(2026, 3, 9, 8, 30), "receive", "cb.a", null, "admin", "nghỉ việc"));
        dossier.Run(new ClaimStep(Vn(2026, 3, 9, 8, 40), "receive", "cb.b"));

        dossier.Complete("receive", Vn(2026, 3, 9, 9), "cb.b").Officer.Should().Be("cb.b");
        WorkflowState.Replay(dossier.State.Definition, dossier.State.Calendar, dossier.State.History).Active
            .Should().BeEquivalentTo(dossier.State.Active);
    }

    [Fact]
    public void Assign_FromAnotherHolder_HandsTheStepOverAndKeepsTheReason()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new ClaimStep(Vn(2026, 3, 9, 8, 5), "receive", "cb.a"));

        dossier.Run(new AssignStep(Vn(2026, 3, 9, 8, 30), "receive", "cb.a", "cb.c", "ld.a", "cb.a nghỉ ốm"));

        var replayed = WorkflowState.Replay(dossier.State.Definition, dossier.State.Calendar, dossier.State.History);
        replayed.ActiveStep("receive")!.ClaimedBy.Should().Be("cb.c");
        dossier.State.History.OfType<StepAssigned>().Single().Should().Match<StepAssigned>(a => a.From == "cb.a" && a.To == "cb.c" && a.Reason == "cb.a nghỉ ốm");
    }

    [Fact]
    public void Assign_HolderNotTheOneSeen_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new ClaimStep(Vn(2026, 3, 9, 8, 5), "receive", "cb.a"));

        var unseenClaim = () => dossier.Run(new AssignStep(Vn(2026, 3, 9, 8, 30), "receive", null, "cb.b", "ld.a"));
        var wrongHolder = () => dossier.Run(new AssignStep(Vn(2026, 3, 9, 8, 30), "receive", "cb.z", null, "ld.a"));

        unseenClaim.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.holder-changed" && e.Message.Contains("cb.a"));
        wrongHolder.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.holder-changed");
        dossier.State.ActiveStep("receive")!.ClaimedBy.Should().Be("cb.a");
    }

    [Fact]
    public void Assign_NothingChanges_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));

        var releaseUnclaimed = () => dossier.Run(new AssignStep(Vn(2026, 3, 9, 8, 30), "receive", null, null, "ld.a"));
        releaseUnclaimed.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.not-claimed");

        dossier.Run(new ClaimStep(Vn(2026, 3, 9, 8, 40), "receive", "cb.a"));
        var toTheHolder = () => dossier.Run(new AssignStep(Vn(2026, 3, 9, 8, 50), "receive", "cb.a", "cb.a", "ld.a"));
        var notActive = () => dossier.Run(new AssignStep(Vn(2026, 3, 9, 8, 50), "approve", null, "cb.a", "ld.a"));

        toTheHolder.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.assign-same");
        notActive.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.not-active");
        dossier.Events.OfType<StepAssigned>().Should().BeEmpty();
    }

    [Fact]
    public void Assign_WhileWaitingForTheApplicant_Allowed_ButNotAClaim()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Run(new ClaimStep(Vn(2026, 3, 9, 8, 5), "receive", "cb.a"));
        dossier.Run(new PauseWorkflow(Vn(2026, 3, 9, 9), PauseReason.AwaitingSupplement));

        dossier.Run(new AssignStep(Vn(2026, 3, 9, 10), "receive", "cb.a", null, "admin", "nghỉ việc"));
        var claim = () => dossier.Run(new ClaimStep(Vn(2026, 3, 9, 11), "receive", "cb.b"));

        dossier.State.ActiveStep("receive")!.ClaimedBy.Should().BeNull();
        claim.Should().Throw<DomainRuleException>().Where(e => e.Code == "workflow.paused");
    }
}
