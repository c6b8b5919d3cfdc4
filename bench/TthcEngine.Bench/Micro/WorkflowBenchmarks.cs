using BenchmarkDotNet.Attributes;
using TthcEngine.Domain.Workflows;
using TthcEngine.Domain.Workflows.Runtime;
using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Bench.Micro;

/// <summary>
/// The runtime's share of every stored change: replaying a dossier's history, and deciding and applying one command on
/// the replayed state. Execute mutates its state, so each call replays first; its own cost is the difference.
/// </summary>
[MemoryDiagnoser]
public class WorkflowBenchmarks
{
    private ProcedureDefinition definition = null!;
    private WorkingCalendar calendar = null!;
    private IReadOnlyList<WorkflowEvent> history = null!;
    private CompleteStep next = null!;

    [GlobalSetup]
    public void BuildHistory()
    {
        calendar = Repository.Calendar();
        definition = Repository.Procedures().Find(WorkflowHistories.LongProcedure)!;
        (history, next) = WorkflowHistories.ThirtyEvents(definition, calendar);
    }

    [Benchmark(Description = "WorkflowState.Replay, 30 events")]
    public WorkflowState Replay() => WorkflowState.Replay(definition, calendar, history);

    [Benchmark(Description = "Replay 30 events + WorkflowRuntime.Execute(CompleteStep)")]
    public IReadOnlyList<WorkflowEvent> ReplayThenExecuteCompleteStep() =>
        WorkflowRuntime.Execute(WorkflowState.Replay(definition, calendar, history), next);
}
