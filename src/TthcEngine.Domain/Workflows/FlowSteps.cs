namespace TthcEngine.Domain.Workflows;

/// <summary>The steps of a flow in order, each with the parallel block it stands in (null outside a block).</summary>
public static class FlowSteps
{
    public static IEnumerable<(StepDefinition Step, ParallelBlock? Block)> Of(IReadOnlyList<FlowElement> flow) => flow.SelectMany(element => element switch
    {
        StepDefinition step => [(step, null)],
        ParallelBlock block => block.Branches.SelectMany(branch => branch.Select(step => (step, (ParallelBlock?)block))),
        _ => Enumerable.Empty<(StepDefinition, ParallelBlock?)>(),
    });

    /// <summary>Every step of a procedure, of its standard flow and then of its green lane.</summary>
    public static IEnumerable<StepDefinition> Of(ProcedureDefinition definition) =>
        Of(definition.Flow).Concat(Of(definition.GreenLane?.Flow ?? [])).Select(s => s.Step);
}
