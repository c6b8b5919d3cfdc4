using System.Runtime.CompilerServices;

namespace TthcEngine.Domain.Workflows;

/// <summary>The names a procedure gives its steps and units, as officers and the public read them.</summary>
public static class ProcedureNames
{
    private static readonly ConditionalWeakTable<ProcedureDefinition, Dictionary<string, StepDefinition>> StepsByDefinition = [];

    /// <summary>Every step of both flows of a procedure, by id, built once per procedure version.</summary>
    public static IReadOnlyDictionary<string, StepDefinition> Steps(ProcedureDefinition definition) =>
        StepsByDefinition.GetValue(definition, d =>
        {
            var steps = new Dictionary<string, StepDefinition>(StringComparer.Ordinal);
            foreach (var step in FlowSteps.Of(d))
            {
                steps.TryAdd(step.Id, step);
            }

            return steps;
        });

    /// <summary>A step's name; a consultation, which the flow does not list, is named after the unit consulted.</summary>
    public static string StepName(ProcedureDefinition definition, string stepId, string unit) =>
        Steps(definition).GetValueOrDefault(stepId)?.Name ?? $"Lấy ý kiến {UnitName(definition, unit)}";

    public static string UnitName(ProcedureDefinition definition, string unit) =>
        definition.Units.FirstOrDefault(u => u.Id == unit)?.Name ?? unit;
}
