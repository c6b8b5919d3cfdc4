using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows;

/// <summary>Working-time sums over a flow, counted with the default eight-hour working day (convention 4).</summary>
public static class FlowMetrics
{
    /// <summary>The working time of one working day when a definition is read on its own, before any calendar.</summary>
    public static readonly TimeSpan WorkingDay = TimeSpan.FromHours(8);

    /// <summary>
    /// The longest path of budgets through the flow: the sum along the sequence, and for a parallel block its longest
    /// branch. A dossier whose every step uses exactly its budget finishes after this much working time (pauses apart).
    /// </summary>
    public static TimeSpan CriticalPath(IEnumerable<FlowElement> flow) => flow.Aggregate(TimeSpan.Zero, (sum, element) => sum + element switch
    {
        StepDefinition step => WorkingTime(step.Budget),
        ParallelBlock block => block.Branches.Select(Sequence).DefaultIfEmpty(TimeSpan.Zero).Max(),
        _ => TimeSpan.Zero,
    });

    /// <summary>
    /// The working time a limit allows. Calendar days allow only the working days every such period surely holds,
    /// five in seven (rounded down), so a flow that fits them fits whatever weekday the dossier arrives on.
    /// </summary>
    public static TimeSpan WorkingTime(TimeLimit limit) => limit.Unit switch
    {
        LimitUnit.WorkingHours => TimeSpan.FromHours(limit.Amount),
        LimitUnit.WorkingDays => WorkingDay * limit.Amount,
        LimitUnit.CalendarDays => WorkingDay * (limit.Amount * 5 / 7),
        _ => WorkingDay,
    };

    private static TimeSpan Sequence(IEnumerable<StepDefinition> steps) =>
        steps.Aggregate(TimeSpan.Zero, (sum, step) => sum + WorkingTime(step.Budget));
}
