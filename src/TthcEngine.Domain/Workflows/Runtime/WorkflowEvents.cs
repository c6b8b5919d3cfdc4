using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows.Runtime;

// The closed family of facts the runtime decides; kept in one file so the whole history vocabulary reads at a glance.

/// <summary>Something that happened to a dossier's workflow, at an instant.</summary>
public abstract record WorkflowEvent(DateTimeOffset At);

/// <summary>The dossier's workflow started: the definition version is pinned and the statutory clock starts.</summary>
public sealed record WorkflowStarted(
    DateTimeOffset At, string ProcedureCode, int Version, Lane Lane, DateTimeOffset ClockStartsAt, DateTimeOffset DueAt,
    IReadOnlyList<LegalBasis> LegalBasis) : WorkflowEvent(At);

/// <summary>A step became active for a unit and role, due at <paramref name="DueAt"/> if the clock never stops.</summary>
public sealed record StepActivated(DateTimeOffset At, StepRef Step, string Unit, Role Role, DateTimeOffset DueAt) : WorkflowEvent(At);

/// <summary>An officer took the step (nhận xử lý).</summary>
public sealed record StepClaimed(DateTimeOffset At, StepRef Step, string Officer) : WorkflowEvent(At);

/// <summary>
/// The step passed from <paramref name="From"/> (null: unclaimed) to <paramref name="To"/> (null: released, anyone of
/// its unit may claim it), by <paramref name="By"/>, with the reason given.
/// </summary>
public sealed record StepAssigned(DateTimeOffset At, StepRef Step, string? From, string? To, string By, string? Reason) : WorkflowEvent(At);

/// <summary>
/// The step was done, with the verdict against its due instant (pauses excluded) and the unit and officer it belongs to.
/// </summary>
public sealed record StepCompleted(
    DateTimeOffset At, StepRef Step, string Unit, string Officer, string? Opinion, DateTimeOffset DueAt, Timeliness Timeliness,
    TimeSpan WorkingTimeUsed) : WorkflowEvent(At);

/// <summary>The step sent the dossier back for rework to an earlier step, which is activated again.</summary>
public sealed record StepReturned(DateTimeOffset At, StepRef Step, string ToStepId, string Officer, string Reason) : WorkflowEvent(At);

/// <summary>An active step stopped without being done: rework reset its branch, or the dossier was refused.</summary>
public sealed record StepCancelled(DateTimeOffset At, StepRef Step) : WorkflowEvent(At);

/// <summary>Another agency was asked for its opinion (liên thông); the asking step waits for the answer.</summary>
public sealed record ConsultationRequested(DateTimeOffset At, StepRef AskedBy, StepRef Consultation, string Unit, DateTimeOffset DueAt) : WorkflowEvent(At);

/// <summary>Every branch of a parallel block has finished (join).</summary>
public sealed record BlockJoined(DateTimeOffset At, string BlockId) : WorkflowEvent(At);

/// <summary>The dossier waits for the applicant; <paramref name="ElementId"/> names a planned pause of the flow.</summary>
public sealed record WorkflowPaused(DateTimeOffset At, PauseReason Reason, string? ElementId) : WorkflowEvent(At);

/// <summary>
/// The wait is over. After a supplement the statutory count restarts from zero (Decree 61/2018 Art. 19(4),
/// convention 5): <paramref name="ClockStartsAt"/> is then the new start; <paramref name="DueAt"/> is the dossier's due.
/// </summary>
public sealed record WorkflowResumed(DateTimeOffset At, DateTimeOffset ClockStartsAt, DateTimeOffset DueAt) : WorkflowEvent(At);

/// <summary>The last step of the flow is done: the result is ready (Đã xử lý xong), the instant the dossier is judged at.</summary>
public sealed record FlowCompleted(DateTimeOffset At, DateTimeOffset DueAt, Timeliness Timeliness) : WorkflowEvent(At);

/// <summary>The focal point of a green-lane case is told of a branch event.</summary>
public sealed record FocalPointNotified(DateTimeOffset At, Role Role, string Unit, StepRef Step, string What) : WorkflowEvent(At);

/// <summary>The dossier ended with its result; <paramref name="Timeliness"/> is judged when the result was ready (or refused).</summary>
public sealed record WorkflowFinished(
    DateTimeOffset At, Outcome Outcome, string Officer, string? Reason, DateTimeOffset DueAt, Timeliness Timeliness) : WorkflowEvent(At);
