using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows;

/// <summary>
/// The rules a procedure definition must keep, each error naming the file, the element and the rule. Flows are
/// sequences and fork/join blocks, so every element is reachable and every path reaches the end by construction;
/// what remains to check is listed in docs/workflows.md ("What the validator checks").
/// </summary>
public static class ProcedureValidator
{
    private static readonly Role[] StepRoles = [Role.Desk, Role.Specialist, Role.Leader];

    /// <summary>Every rule broken by the definition read from <paramref name="file"/>; empty when it is valid.</summary>
    public static IReadOnlyList<DefinitionError> Validate(ProcedureDefinition definition, string file)
    {
        var errors = new List<DefinitionError>();
        void Error(string at, string rule, string message) => errors.Add(new DefinitionError(file, at, rule, message));

        var fileName = Path.GetFileNameWithoutExtension(file);
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && fileName != definition.Code)
        {
            Error("code", "file-name", $"The file of procedure {definition.Code} must be named {definition.Code}.json.");
        }

        Unique(definition.Units.Select(u => u.Id), "units", Error);
        Unique(definition.Documents.Select(d => d.Id), "documents", Error);
        if (!definition.LegalBasis.Any(b => b.Role == LegalBasisRole.Limit))
        {
            Error("legalBasis", "legal-basis", "Name the document that sets the time limit (\"role\": \"limit\").");
        }

        var units = definition.Units.ToDictionary(u => u.Id, u => u, StringComparer.Ordinal);
        CheckFlow(definition.Flow, "flow", definition.StatutoryLimit, units, Error);
        if (definition.GreenLane is { } lane)
        {
            if (!units.ContainsKey(lane.FocalPoint.Unit))
            {
                Error("greenLane/focalPoint/unit", "known-units", $"Unknown unit \"{lane.FocalPoint.Unit}\"; declare it in \"units\".");
            }

            CheckFlow(lane.Flow, "greenLane/flow", lane.StatutoryLimit, units, Error);
            if (FlowMetrics.WorkingTime(lane.StatutoryLimit) >= FlowMetrics.WorkingTime(definition.StatutoryLimit))
            {
                Error("greenLane/statutoryLimit", "green-lane-shorter", $"The green-lane limit ({lane.StatutoryLimit}) must be shorter than the standard limit ({definition.StatutoryLimit}).");
            }
        }

        return errors;
    }

    private static void CheckFlow(
        IReadOnlyList<FlowElement> flow, string at, TimeLimit limit, Dictionary<string, UnitDefinition> units, Action<string, string, string> error)
    {
        Unique(flow.SelectMany(Ids), at, error);
        if (flow.Count > 0 && flow[^1] is not StepDefinition)
        {
            error($"{at}/{flow[^1].Id}", "flow-ends-with-step", "A flow ends with a step that hands over the result, not with a pause or a parallel block.");
        }

        var earlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in flow)
        {
            switch (element)
            {
                case StepDefinition step:
                    CheckStep(step, $"{at}/{step.Id}", earlier, units, error);
                    earlier.Add(step.Id);
                    break;
                case ParallelBlock block:
                    if (block.Branches.Count < 2)
                    {
                        error($"{at}/{block.Id}", "parallel-branches", "A parallel block needs at least two branches; one branch is a plain sequence.");
                    }

                    for (var b = 0; b < block.Branches.Count; b++)
                    {
                        var branch = block.Branches[b];
                        if (branch.Count == 0)
                        {
                            error($"{at}/{block.Id}/branch {b + 1}", "every-path-ends", "A branch needs at least one step.");
                        }

                        // Rework from inside a branch may go back within the branch or before the block, never into another branch.
                        var branchEarlier = new HashSet<string>(earlier, StringComparer.Ordinal);
                        foreach (var step in branch)
                        {
                            CheckStep(step, $"{at}/{block.Id}/branch {b + 1}/{step.Id}", branchEarlier, units, error);
                            branchEarlier.Add(step.Id);
                        }
                    }

                    // Steps inside a finished block are not rework targets from after it: the join cannot be reopened.
                    break;
                default:
                    break;
            }
        }

        var critical = FlowMetrics.CriticalPath(flow);
        var allowed = FlowMetrics.WorkingTime(limit);
        if (critical > allowed)
        {
            error(at, "critical-path", $"The critical path of the budgets is {Hours(critical)} of working time, more than the limit of {limit} ({Hours(allowed)}).");
        }
    }

    private static void CheckStep(
        StepDefinition step, string at, HashSet<string> earlier, Dictionary<string, UnitDefinition> units, Action<string, string, string> error)
    {
        if (!StepRoles.Contains(step.Role))
        {
            error(at, "known-roles", $"A step is done by desk, specialist or leader, not {step.Role}.");
        }

        if (!units.TryGetValue(step.Unit, out var unit))
        {
            error(at, "known-units", $"Unknown unit \"{step.Unit}\"; declare it in \"units\".");
        }
        else if (step.Kind == StepKind.Consultation && !unit.External)
        {
            error(at, "consultation-unit", $"A consultation step is held by another agency: mark unit \"{step.Unit}\" \"external\".");
        }

        foreach (var target in step.ReturnsTo)
        {
            if (!earlier.Contains(target))
            {
                error(at, "rework-target", $"Rework may only return to an earlier step of the same path; \"{target}\" is not one.");
            }
        }

        foreach (var consult in step.Consults)
        {
            if (!units.TryGetValue(consult.Unit, out var consulted) || !consulted.External)
            {
                error(at, "consultation-unit", $"\"{consult.Unit}\" must be a declared \"external\" unit to be consulted.");
            }
        }
    }

    private static IEnumerable<string> Ids(FlowElement element) => element is ParallelBlock block
        ? [block.Id, .. block.Branches.SelectMany(b => b.Select(s => s.Id))]
        : [element.Id];

    private static void Unique(IEnumerable<string> ids, string at, Action<string, string, string> error)
    {
        foreach (var twice in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            error($"{at}/{twice.Key}", "unique-ids", $"The id \"{twice.Key}\" is used {twice.Count()} times.");
        }
    }

    private static string Hours(TimeSpan time) => FormattableString.Invariant($"{time.TotalHours:0.##} h");
}
