namespace TthcEngine.Domain.Workflows;

/// <summary>A unit that holds steps of a procedure (phòng, bộ phận, or another agency when <see cref="External"/>).</summary>
public sealed record UnitDefinition(string Id, string Name, bool External);
