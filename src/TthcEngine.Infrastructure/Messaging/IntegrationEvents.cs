using TthcEngine.Contracts;
using TthcEngine.Domain.Workflows.Runtime;

namespace TthcEngine.Infrastructure.Messaging;

/// <summary>
/// The integration message each workflow event announces, carrying the dossier's code and its national portal status
/// after the change, and where a consumer counts it, the dossier's competent agency and procedure. Claims, cancellations, rework and joins stay inside the history: no other system needs them yet.
/// </summary>
public static class IntegrationEvents
{
    public static object? From(WorkflowEvent e, Guid dossierId, string code, int status, string agency, string procedureCode) => e switch
    {
        WorkflowStarted s => new DossierReceived
        {
            DossierId = dossierId, OccurredAt = s.At, DossierCode = code, NationalStatus = status, ProcedureCode = s.ProcedureCode,
            ProcedureVersion = s.Version, Lane = s.Lane.ToString(), ClockStartsAt = s.ClockStartsAt, DueAt = s.DueAt, Agency = agency,
        },
        Domain.Workflows.Runtime.StepActivated a => new Contracts.StepActivated
        {
            DossierId = dossierId, OccurredAt = a.At, DossierCode = code, NationalStatus = status, StepId = a.Step.StepId,
            Activation = a.Step.Activation, Unit = a.Unit, Role = a.Role.ToString(), DueAt = a.DueAt,
        },
        Domain.Workflows.Runtime.StepCompleted c => new Contracts.StepCompleted
        {
            DossierId = dossierId, OccurredAt = c.At, DossierCode = code, NationalStatus = status, StepId = c.Step.StepId,
            Activation = c.Step.Activation, Unit = c.Unit, Officer = c.Officer, Opinion = c.Opinion, DueAt = c.DueAt,
            Timeliness = c.Timeliness.ToString(), WorkingMinutesUsed = (long)c.WorkingTimeUsed.TotalMinutes, Agency = agency,
        },
        WorkflowPaused p => new DossierPaused
        {
            DossierId = dossierId, OccurredAt = p.At, DossierCode = code, NationalStatus = status, Reason = p.Reason.ToString(), PlannedPause = p.ElementId,
        },
        WorkflowResumed r => new DossierResumed
        {
            DossierId = dossierId, OccurredAt = r.At, DossierCode = code, NationalStatus = status, ClockStartsAt = r.ClockStartsAt, DueAt = r.DueAt,
        },
        Domain.Workflows.Runtime.ConsultationRequested q => new Contracts.ConsultationRequested
        {
            DossierId = dossierId, OccurredAt = q.At, DossierCode = code, NationalStatus = status, AskedByStepId = q.AskedBy.StepId,
            ConsultationStepId = q.Consultation.StepId, Unit = q.Unit, DueAt = q.DueAt,
        },
        FlowCompleted f => new DossierResultReady
        {
            DossierId = dossierId, OccurredAt = f.At, DossierCode = code, NationalStatus = status, DueAt = f.DueAt, Timeliness = f.Timeliness.ToString(),
            Agency = agency, ProcedureCode = procedureCode,
        },
        WorkflowFinished f => new DossierFinished
        {
            DossierId = dossierId, OccurredAt = f.At, DossierCode = code, NationalStatus = status, Outcome = f.Outcome.ToString(),
            Officer = f.Officer, Reason = f.Reason, DueAt = f.DueAt, Timeliness = f.Timeliness.ToString(),
            Agency = agency, ProcedureCode = procedureCode,
        },
        Domain.Workflows.Runtime.FocalPointNotified n => new Contracts.FocalPointNotified
        {
            DossierId = dossierId, OccurredAt = n.At, DossierCode = code, Role = n.Role.ToString(), Unit = n.Unit, StepId = n.Step.StepId, What = n.What,
        },
        _ => null,
    };
}
