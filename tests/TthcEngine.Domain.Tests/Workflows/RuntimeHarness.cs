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
