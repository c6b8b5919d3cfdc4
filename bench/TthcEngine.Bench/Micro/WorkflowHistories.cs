using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Bench.Micro;

/// <summary>Histories for the runtime benchmarks, made by the runtime itself so they are always valid.</summary>
internal static class WorkflowHistories
{
    /// <summary>A province procedure (25 working days) with a four-branch parallel block of opinions.</summary>
    public const string LongProcedure = "1.009974";

    private const int Length = 30;

    /// <summary>
    /// Exactly 30 events of <see cref="LongProcedure"/>: every step claimed by an officer, then completed an hour later,
    /// from Mon 9/3/2026 08:00; and the CompleteStep that comes next.
    /// </summary>
    public static (IReadOnlyList<WorkflowEvent> History, CompleteStep Next) ThirtyEvents(ProcedureDefinition definition, WorkingCalendar calendar)
    {
        var state = new WorkflowState(definition, calendar);
        WorkflowRuntime.Execute(state, new StartWorkflow(new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.FromHours(7)), Lane.Standard));
        while (state.History.Count < Length)
        {
            var at = state.LastEventAt.AddHours(1);
            var step = state.Active.OrderBy(a => a.Ref.StepId, StringComparer.Ordinal).First();
            WorkflowCommand command = step.ClaimedBy is null
                ? new ClaimStep(at, step.Ref.StepId, "cb.bench")
                : new CompleteStep(at, step.Ref.StepId, "cb.bench");
            WorkflowRuntime.Execute(state, command);
        }

        if (state.History.Count != Length || state.Active.Count == 0)
        {
            throw new InvalidOperationException(
                $"{definition.Code} gave {state.History.Count} events and {state.Active.Count} active steps, not {Length} and a step to complete.");
        }

        var nextStep = state.Active.OrderBy(a => a.Ref.StepId, StringComparer.Ordinal).First().Ref.StepId;
        return (state.History, new CompleteStep(state.LastEventAt.AddHours(1), nextStep, "cb.bench"));
    }
}
