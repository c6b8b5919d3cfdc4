using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows;

/// <summary>Bước xử lý: one step of an internal process, held by a role in a unit, with its own time budget.</summary>
public sealed record StepDefinition(
    string Id,
    string Name,
    Role Role,
    string Unit,
    TimeLimit Budget,
    StepKind Kind,
    IReadOnlyList<string> ReturnsTo,
    IReadOnlyList<ConsultOption> Consults) : FlowElement(Id, Name);
