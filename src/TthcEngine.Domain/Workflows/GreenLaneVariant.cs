using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows;

/// <summary>Luồng xanh: a shortened variant of a procedure, its steps run in parallel, followed by a focal point.</summary>
public sealed record GreenLaneVariant(TimeLimit StatutoryLimit, string Source, FocalPoint FocalPoint, IReadOnlyList<FlowElement> Flow);
