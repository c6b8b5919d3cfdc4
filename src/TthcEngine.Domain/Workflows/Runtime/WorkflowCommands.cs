using TthcEngine.Domain.WorkingTime;

namespace TthcEngine.Domain.Workflows.Runtime;

// The closed family of requests the runtime decides on; kept in one file beside the events.

/// <summary>A request to change a dossier's workflow, made at an instant.</summary>
public abstract record WorkflowCommand(DateTimeOffset At);

/// <summary>Start (activate) the workflow of a dossier accepted as complete and valid at <paramref name="At"/>.</summary>
public sealed record StartWorkflow(DateTimeOffset At, Lane Lane) : WorkflowCommand(At);

/// <summary>An officer takes an active step.</summary>
public sealed record ClaimStep(DateTimeOffset At, string StepId, string Officer) : WorkflowCommand(At);

/// <summary>
/// <paramref name="By"/> gives an active step held by <paramref name="From"/> (null: nobody) to <paramref name="To"/>,
/// or releases it (<paramref name="To"/> null) so that any officer of its unit may claim it: a leader's assignment
/// (phân công), the admin's release of a departed officer's steps, or the holder handing the step back. The command
/// names the holder its author saw, so that a step claimed meanwhile is not taken away unseen.
/// </summary>
public sealed record AssignStep(DateTimeOffset At, string StepId, string? From, string? To, string By, string? Reason = null) : WorkflowCommand(At);

/// <summary>An officer completes an active step, with an opinion (ý kiến).</summary>
public sealed record CompleteStep(DateTimeOffset At, string StepId, string Officer, string? Opinion = null) : WorkflowCommand(At);

/// <summary>An officer sends the dossier back from an active step to an earlier one for rework.</summary>
public sealed record ReturnForRework(DateTimeOffset At, string StepId, string ToStepId, string Officer, string Reason) : WorkflowCommand(At);

/// <summary>The dossier starts waiting for the applicant; the clock stops.</summary>
public sealed record PauseWorkflow(DateTimeOffset At, PauseReason Reason) : WorkflowCommand(At);

/// <summary>The applicant answered; the clock runs again.</summary>
public sealed record ResumeWorkflow(DateTimeOffset At) : WorkflowCommand(At);

/// <summary>An active step asks other agencies for their opinion, among those its definition allows.</summary>
public sealed record ConsultAgencies(DateTimeOffset At, string StepId, IReadOnlyList<string> Units, string Officer) : WorkflowCommand(At);

/// <summary>End the dossier: granted once the flow is complete, or refused with a reason at any time.</summary>
public sealed record FinishWorkflow(DateTimeOffset At, Outcome Outcome, string Officer, string? Reason = null) : WorkflowCommand(At);
