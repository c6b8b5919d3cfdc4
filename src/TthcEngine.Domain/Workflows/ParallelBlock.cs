namespace TthcEngine.Domain.Workflows;

/// <summary>
/// Xử lý song song: branches that start together; the block ends when every branch has finished (fork/join,
/// join rule "all branches done"). Each branch is a sequence of steps.
/// </summary>
public sealed record ParallelBlock(string Id, string Name, IReadOnlyList<IReadOnlyList<StepDefinition>> Branches)
    : FlowElement(Id, Name);
