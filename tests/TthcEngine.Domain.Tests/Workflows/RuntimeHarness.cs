using TthcEngine.Domain.Tests.WorkingTime;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Tests.Workflows;

/// <summary>One dossier's workflow driven command by command, with its whole history kept.</summary>
internal sealed class RuntimeHarness(ProcedureDefinition definition)
{
    public WorkflowState State { get; } = new(definition, TestCalendars.National);

    public List<WorkflowEvent> Events { get; } = [];

    public static RuntimeHarness Started(ProcedureDefinition definition, DateTimeOffset at, Lane lane = Lane.Standard)
    {
        var harness = new RuntimeHarness(definition);
        harness.Run(new StartWorkflow(at, lane));
        return harness;
    }

    /// <summary>The test permit walked through its parallel opinions, up to its planned wait for fees.</summary>
    public static RuntimeHarness PermitThroughOpinions()
    {
        var dossier = Started(TestProcedures.Permit, TestCalendars.Vn(2026, 3, 9, 8));
        dossier.Complete("receive", TestCalendars.Vn(2026, 3, 9, 10));
        dossier.Complete("appraise", TestCalendars.Vn(2026, 3, 10, 16));
        dossier.Complete("moi-truong", TestCalendars.Vn(2026, 3, 11, 9));
        dossier.Complete("check", TestCalendars.Vn(2026, 3, 11, 15));
        dossier.Complete("xay-dung", TestCalendars.Vn(2026, 3, 12, 10));
        return dossier;
    }

    /// <summary>The test permit at the leader's approval, the fee paid.</summary>
    public static RuntimeHarness PermitAtApproval()
    {
        var dossier = PermitThroughOpinions();
        dossier.Run(new ResumeWorkflow(TestCalendars.Vn(2026, 3, 13, 9)));
        return dossier;
    }

    public IReadOnlyList<WorkflowEvent> Run(WorkflowCommand command)
    {
        var events = WorkflowRuntime.Execute(State, command);
        Events.AddRange(events);
        return events;
    }

    public StepCompleted Complete(string stepId, DateTimeOffset at, string officer = "cb.a") =>
        Run(new CompleteStep(at, stepId, officer)).OfType<StepCompleted>().Single(e => e.Step.StepId == stepId);

    public IReadOnlyList<string> ActiveIds => [.. State.Active.Select(a => a.Ref.StepId).Order(StringComparer.Ordinal)];
}
