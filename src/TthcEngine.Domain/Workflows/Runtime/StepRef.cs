namespace TthcEngine.Domain.Workflows.Runtime;

/// <summary>
/// One activation of a step: a step sent back for rework and activated again is a new activation, with its own due
/// instant and verdict. A consultation asked ad hoc has the id <c>{step}&gt;{unit}</c>.
/// </summary>
public readonly record struct StepRef(string StepId, int Activation)
{
    public override string ToString() => $"{StepId}#{Activation}";
}
