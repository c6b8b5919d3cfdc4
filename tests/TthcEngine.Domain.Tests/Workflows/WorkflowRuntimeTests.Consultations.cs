using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;
using static TthcEngine.Domain.Tests.WorkingTime.TestCalendars;

namespace TthcEngine.Domain.Tests.Workflows;

public partial class WorkflowRuntimeTests
{
    [Fact]
    public void Consultation_AnsweredLate_AttributedToTheConsultedAgency()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Run(new ConsultAgencies(Vn(2026, 3, 9, 14), "appraise", ["thue"], "cb.b"));

        var waiting = () => dossier.Complete("appraise", Vn(2026, 3, 10, 9));
        waiting.Should().Throw<DomainRuleException>().Where(e => e.Code == "step.consultations-open" && e.Message.Contains("thue"));
        dossier.State.OverdueAt(Vn(2026, 3, 10, 15)).Select(s => s.Unit).Should().Equal("thue");
        var answer = dossier.Complete("appraise>thue", Vn(2026, 3, 11, 9), "cb.thue");
        var appraised = dossier.Complete("appraise", Vn(2026, 3, 11, 10));

        answer.Should().Match<StepCompleted>(a => a.Unit == "thue" && a.Timeliness == Timeliness.Late && a.DueAt == Vn(2026, 3, 10, 14));
        appraised.Timeliness.Should().Be(Timeliness.OnTime);
    }

    [Fact]
    public void PlannedConsultation_InParallelBranch_HeldByExternalUnitWithItsOwnDue()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));
        dossier.Complete("appraise", Vn(2026, 3, 10, 16));

        var xayDung = dossier.State.ActiveStep("xay-dung")!;
        var moiTruong = dossier.State.ActiveStep("moi-truong")!;

        xayDung.Unit.Should().Be("so-xd");
        dossier.State.DueOf(xayDung).Should().Be(Vn(2026, 3, 13, 16));
        dossier.State.DueOf(moiTruong).Should().Be(Vn(2026, 3, 11, 16));
        dossier.State.OverdueAt(Vn(2026, 3, 12, 8)).Select(s => s.Unit).Should().Equal("so-mt");
    }

    [Fact]
    public void Consult_UnitNotAllowed_Refused()
    {
        var dossier = RuntimeHarness.Started(Permit, Vn(2026, 3, 9, 8));
        dossier.Complete("receive", Vn(2026, 3, 9, 10));

        var act = () => dossier.Run(new ConsultAgencies(Vn(2026, 3, 9, 14), "appraise", ["so-xd"], "cb.b"));

        act.Should().Throw<DomainRuleException>().Where(e => e.Code == "consult.not-allowed" && e.Message.Contains("allowed: thue"));
    }
}
