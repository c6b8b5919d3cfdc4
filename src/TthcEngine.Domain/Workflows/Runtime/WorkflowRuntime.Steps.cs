using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows.Runtime;

public static partial class WorkflowRuntime
{
    private static void Assign(Emitter emitter, AssignStep assign)
    {
        var step = Active(emitter.State, assign.StepId);
        if (step.ClaimedBy != assign.From)
        {
            throw Refused(
                "step.holder-changed",
                $"Step {assign.StepId} is held by {step.ClaimedBy ?? "nobody"}, not {assign.From ?? "nobody"} as the assignment assumed.");
        }

        if (assign.To == assign.From)
        {
            throw Refused(
                assign.To is null ? "step.not-claimed" : "step.assign-same",
                assign.To is null ? $"Step {assign.StepId} is not claimed: there is nothing to release." : $"Step {assign.StepId} is already held by {assign.To}.");
        }

        emitter.Emit(new StepAssigned(assign.At, step.Ref, assign.From, assign.To, assign.By, assign.Reason));
    }

    private static void Complete(Emitter emitter, CompleteStep complete)
    {
        var state = emitter.State;
        var step = Active(state, complete.StepId);
        if (step.ClaimedBy is { } holder && holder != complete.Officer)
        {
            throw Refused("step.claimed-by-other", $"Step {complete.StepId} is claimed by {holder}, not {complete.Officer}.");
        }

        var waiting = state.Active.Where(a => a.AskedBy?.StepId == complete.StepId).Select(a => a.Unit).Order(StringComparer.Ordinal).ToList();
        if (waiting.Count > 0)
        {
            throw Refused("step.consultations-open", $"Step {complete.StepId} waits for the opinion of {string.Join(", ", waiting)}.");
        }

        var due = state.DueOf(step)!.Value;
        var used = state.Calendar.Elapsed(step.ActivatedAt, complete.At, state.ClockStops);
        var verdict = TimelinessRule.Classify(complete.At, due);
        emitter.Emit(new StepCompleted(complete.At, step.Ref, step.Unit, complete.Officer, complete.Opinion, due, verdict, used));
        NotifyFocalPoint(emitter, step.Ref, complete.At, $"completed {verdict}");
        if (step.AskedBy is not null)
        {
            return;
        }

        var place = state.Index.Find(complete.StepId)!.Value;
        if (place.Branch is not { } branch)
        {
            ActivateElement(emitter, place.Element + 1, complete.At);
            return;
        }

        var block = (ParallelBlock)state.Index.Flow[place.Element];
        if (place.InBranch + 1 < block.Branches[branch].Count)
        {
            ActivateStep(emitter, block.Branches[branch][place.InBranch + 1], complete.At);
        }
        else if (Enumerable.Range(0, block.Branches.Count).All(state.BranchDone))
        {
            // Join rule: the block completes when all its branches are done (fork/join).
            emitter.Emit(new BlockJoined(complete.At, block.Id));
            ActivateElement(emitter, place.Element + 1, complete.At);
        }
    }

    private static void Return(Emitter emitter, ReturnForRework rework)
    {
        var state = emitter.State;
        var step = Active(state, rework.StepId);
        var definition = state.Index.Step(rework.StepId);
        if (definition is null || !definition.ReturnsTo.Contains(rework.ToStepId))
        {
            var allowed = definition is { ReturnsTo.Count: > 0 } ? string.Join(", ", definition.ReturnsTo) : "none";
            throw Refused("rework.not-allowed", $"Step {rework.StepId} may not return to {rework.ToStepId}; allowed: {allowed}.");
        }

        if (step.ClaimedBy is { } holder && holder != rework.Officer)
        {
            throw Refused("step.claimed-by-other", $"Step {rework.StepId} is claimed by {holder}, not {rework.Officer}.");
        }

        if (string.IsNullOrWhiteSpace(rework.Reason))
        {
            throw Refused("rework.reason", "Returning for rework needs a reason.");
        }

        var target = state.Index.Find(rework.ToStepId)!.Value;
        emitter.Emit(new StepReturned(rework.At, step.Ref, rework.ToStepId, rework.Officer, rework.Reason));
        NotifyFocalPoint(emitter, step.Ref, rework.At, $"returned to {rework.ToStepId}");

        // Within a branch only that branch goes back; to a step before the block, the whole block starts again.
        var cancelled = target.Branch is null
            ? state.Active.ToList()
            : state.Active.Where(a => a.Ref == step.Ref || a.AskedBy == step.Ref).ToList();
        foreach (var stopped in cancelled.OrderBy(a => a.Ref.StepId, StringComparer.Ordinal))
        {
            emitter.Emit(new StepCancelled(rework.At, stopped.Ref));
        }

        ActivateStep(emitter, state.Index.StepAt(target), rework.At);
    }

    private static void Consult(Emitter emitter, ConsultAgencies consult)
    {
        var state = emitter.State;
        var step = Active(state, consult.StepId);
        var definition = state.Index.Step(consult.StepId);
        if (consult.Units.Count == 0 || consult.Units.Distinct().Count() != consult.Units.Count)
        {
            throw Refused("consult.units", "Name each agency to consult once.");
        }

        foreach (var unit in consult.Units)
        {
            var option = definition?.Consults.FirstOrDefault(c => c.Unit == unit)
                ?? throw Refused("consult.not-allowed", $"Step {consult.StepId} may not consult {unit}; allowed: {string.Join(", ", definition?.Consults.Select(c => c.Unit) ?? [])}.");
            var id = $"{consult.StepId}>{unit}";
            if (state.ActiveStep(id) is not null)
            {
                throw Refused("consult.open", $"{unit} has not yet answered the earlier consultation of step {consult.StepId}.");
            }

            var due = state.Calendar.AddWorkingTime(consult.At, state.Calendar.WorkingTimeOf(option.Budget));
            emitter.Emit(new ConsultationRequested(consult.At, step.Ref, new StepRef(id, state.NextActivation(id)), unit, due));
        }
    }

    /// <summary>Activates the top-level element at <paramref name="index"/>, or completes the flow past its end.</summary>
    private static void ActivateElement(Emitter emitter, int index, DateTimeOffset at)
    {
        var state = emitter.State;
        if (index >= state.Index.Flow.Count)
        {
            var due = state.DueAt!.Value;
            emitter.Emit(new FlowCompleted(at, due, TimelinessRule.Classify(at, due)));
            return;
        }

        switch (state.Index.Flow[index])
        {
            case StepDefinition step:
                ActivateStep(emitter, step, at);
                break;
            case ParallelBlock block:
                foreach (var branch in block.Branches)
                {
                    ActivateStep(emitter, branch[0], at);
                }

                break;
            case PauseDefinition pause:
                emitter.Emit(new WorkflowPaused(at, pause.Reason, pause.Id));
                break;
            default:
                break;
        }
    }

    private static void ActivateStep(Emitter emitter, StepDefinition step, DateTimeOffset at)
    {
        var state = emitter.State;
        var due = state.Calendar.AddWorkingTime(at, state.Calendar.WorkingTimeOf(step.Budget));
        var activation = new StepRef(step.Id, state.NextActivation(step.Id));
        emitter.Emit(new StepActivated(at, activation, step.Unit, step.Role, due));
        NotifyFocalPoint(emitter, activation, at, "activated");
    }

    /// <summary>The focal point of a green-lane case hears of every event of a branch step.</summary>
    private static void NotifyFocalPoint(Emitter emitter, StepRef step, DateTimeOffset at, string what)
    {
        var state = emitter.State;
        if (state.Lane == Lane.GreenLane
            && state.Definition.GreenLane is { } lane
            && state.Index.Find(step.StepId) is { Branch: not null })
        {
            emitter.Emit(new FocalPointNotified(at, lane.FocalPoint.Role, lane.FocalPoint.Unit, step, what));
        }
    }
}
