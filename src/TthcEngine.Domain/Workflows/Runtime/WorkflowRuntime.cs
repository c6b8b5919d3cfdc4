using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows.Runtime;

/// <summary>
/// Decides what a command does to a dossier's workflow: the new events, or a <see cref="DomainRuleException"/> naming
/// the rule and the state that refuse it. Pure and deterministic: time comes only from the command's instant.
/// </summary>
public static partial class WorkflowRuntime
{
    /// <summary>Decree 61/2018 Art. 19(4): appraisal may ask for a supplement within 3 working days of acceptance.</summary>
    public static readonly WorkingDays SupplementWindow = new(3);

    /// <summary>The events <paramref name="command"/> leads to; <paramref name="state"/> is left as it was.</summary>
    public static IReadOnlyList<WorkflowEvent> Decide(WorkflowState state, WorkflowCommand command)
    {
        Guard(state, command);
        var emitter = new Emitter(state.Copy());
        switch (command)
        {
            case StartWorkflow start:
                Start(emitter, start);
                break;
            case ClaimStep claim:
                var step = Active(state, claim.StepId);
                if (step.ClaimedBy is { } holder)
                {
                    throw Refused("step.already-claimed", $"Step {claim.StepId} is already claimed by {holder}.");
                }

                emitter.Emit(new StepClaimed(claim.At, step.Ref, claim.Officer));
                break;
            case AssignStep assign:
                Assign(emitter, assign);
                break;
            case CompleteStep complete:
                Complete(emitter, complete);
                break;
            case ReturnForRework rework:
                Return(emitter, rework);
                break;
            case ConsultAgencies consult:
                Consult(emitter, consult);
                break;
            case PauseWorkflow pause:
                Pause(emitter, pause);
                break;
            case ResumeWorkflow resume:
                Resume(emitter, resume);
                break;
            case FinishWorkflow finish:
                Finish(emitter, finish);
                break;
            default:
                throw Refused("workflow.unknown-command", $"Unknown command {command.GetType().Name}.");
        }

        return emitter.Events;
    }

    /// <summary>Decides and applies: the events are folded into <paramref name="state"/> and returned.</summary>
    public static IReadOnlyList<WorkflowEvent> Execute(WorkflowState state, WorkflowCommand command)
    {
        var events = Decide(state, command);
        foreach (var e in events)
        {
            state.Apply(e);
        }

        return events;
    }

    private static void Guard(WorkflowState state, WorkflowCommand command)
    {
        if (state.Finished is { } finished)
        {
            throw Refused("workflow.finished", $"The dossier is finished ({finished.Outcome}); {Name(command)} is not possible.");
        }

        if (!state.Started && command is not StartWorkflow)
        {
            throw Refused("workflow.not-started", $"The workflow has not started; {Name(command)} is not possible.");
        }

        if (state.Started && command is StartWorkflow)
        {
            throw Refused("workflow.started", "The workflow has already started.");
        }

        if (state.Started && command.At < state.LastEventAt)
        {
            throw Refused("workflow.time-backwards", $"{Name(command)} at {command.At:O} is before the last event at {state.LastEventAt:O}.");
        }

        if (state.OpenPause is { } pause && command is not (ResumeWorkflow or FinishWorkflow or AssignStep))
        {
            throw Refused("workflow.paused", $"The dossier waits for the applicant ({pause.Reason}); {Name(command)} is not possible until it resumes.");
        }
    }

    private static void Start(Emitter emitter, StartWorkflow start)
    {
        var state = emitter.State;
        var definition = state.Definition;
        var limit = definition.LimitOf(start.Lane);
        var clockStart = state.Calendar.ClockStart(start.At, definition.CutOff);
        emitter.Emit(new WorkflowStarted(
            start.At, definition.Code, definition.Version, start.Lane, clockStart, state.Calendar.DueFrom(clockStart, limit), definition.LegalBasis));
        ActivateElement(emitter, 0, start.At);
    }

    private static void Pause(Emitter emitter, PauseWorkflow pause)
    {
        var state = emitter.State;
        if (pause.Reason == PauseReason.AwaitingSupplement)
        {
            var deadline = state.Calendar.AddWorkingDays(state.ClockStartsAt, SupplementWindow);
            if (pause.At > deadline)
            {
                throw Refused(
                    "supplement.too-late",
                    $"A supplement may be asked within {SupplementWindow.Value} working days of acceptance (Decree 61/2018 Art. 19(4)), by {deadline:O}.");
            }
        }

        emitter.Emit(new WorkflowPaused(pause.At, pause.Reason, null));
    }

    private static void Resume(Emitter emitter, ResumeWorkflow resume)
    {
        var state = emitter.State;
        var pause = state.OpenPause ?? throw Refused("workflow.not-paused", "The dossier is not waiting for the applicant.");
        var clockStart = state.ClockStartsAt;
        if (pause.Reason == PauseReason.AwaitingSupplement)
        {
            // The supplement restarts the statutory count from zero (Decree 61/2018 Art. 19(4), convention 5).
            clockStart = state.Calendar.ClockStart(resume.At, state.Definition.CutOff);
        }

        var planned = state.PlannedPause is not null;
        EmitResume(emitter, resume.At, clockStart);
        if (planned)
        {
            ActivateElement(emitter, state.Element, resume.At);
        }
    }

    private static void Finish(Emitter emitter, FinishWorkflow finish)
    {
        var state = emitter.State;
        if (finish.Outcome == Outcome.Granted && state.ResultReady is null)
        {
            throw Refused("workflow.flow-incomplete", "The result can be granted only when every step of the flow is done.");
        }

        if (finish.Outcome == Outcome.Refused && string.IsNullOrWhiteSpace(finish.Reason))
        {
            throw Refused("workflow.refusal-reason", "A refusal needs its reason (Form 03).");
        }

        if (finish.Outcome == Outcome.Withdrawn && string.IsNullOrWhiteSpace(finish.Reason))
        {
            throw Refused("workflow.withdrawal-reason", "A withdrawal needs the applicant's request (its reason).");
        }

        if (finish.Outcome == Outcome.Withdrawn && state.ResultReady is not null)
        {
            throw Refused("workflow.withdrawal-result-ready", "The result is ready: the dossier is handed over, no longer withdrawn.");
        }

        foreach (var step in state.Active.OrderBy(s => s.Ref.StepId, StringComparer.Ordinal).ToList())
        {
            emitter.Emit(new StepCancelled(finish.At, step.Ref));
        }

        if (state.OpenPause is not null)
        {
            EmitResume(emitter, finish.At, state.ClockStartsAt);
        }

        // Decision 766: the dossier is judged when its result was ready, or when it was refused or withdrawn.
        var judgedAt = state.ResultReady?.At ?? finish.At;
        var due = state.DueAt!.Value;
        emitter.Emit(new WorkflowFinished(finish.At, finish.Outcome, finish.Officer, finish.Reason, due, TimelinessRule.Classify(judgedAt, due)));
    }

    /// <summary>Ends the open pause, stating the dossier's due instant as it stands once the clock runs again.</summary>
    private static void EmitResume(Emitter emitter, DateTimeOffset at, DateTimeOffset clockStart)
    {
        var probe = emitter.State.Copy();
        probe.Apply(new WorkflowResumed(at, clockStart, at));
        emitter.Emit(new WorkflowResumed(at, clockStart, probe.DueAt!.Value));
    }

    private static ActiveStep Active(WorkflowState state, string stepId) =>
        state.ActiveStep(stepId) ?? throw Refused("step.not-active", $"Step {stepId} is not active; active: {ActiveList(state)}.");

    private static string ActiveList(WorkflowState state) =>
        state.Active.Count == 0 ? "none" : string.Join(", ", state.Active.Select(s => s.Ref.StepId).Order(StringComparer.Ordinal));

    private static string Name(WorkflowCommand command) => command.GetType().Name;

    private static DomainRuleException Refused(string code, string message) => new(code, message);

    /// <summary>Collects the events of one decision, folding each into a scratch state so later ones see earlier ones.</summary>
    private sealed class Emitter(WorkflowState state)
    {
        public WorkflowState State { get; } = state;

        public List<WorkflowEvent> Events { get; } = [];

        public void Emit(WorkflowEvent e)
        {
            State.Apply(e);
            Events.Add(e);
        }
    }
}
