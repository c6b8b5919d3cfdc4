using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows;

/// <summary>An agency a step may consult ad hoc, and how long it has to answer.</summary>
public sealed record ConsultOption(string Unit, TimeLimit Budget);
