using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows.Runtime;

/// <summary>A step activation waiting to be done.</summary>
/// <param name="AskedBy">For a consultation asked ad hoc, the step that asked; that step cannot complete before the answer.</param>
/// <param name="Branch">For a step in a parallel block, its branch (0-based).</param>
public sealed record ActiveStep(
    StepRef Ref, string Unit, Role Role, TimeLimit Budget, DateTimeOffset ActivatedAt, string? ClaimedBy, StepRef? AskedBy, int? Branch);
