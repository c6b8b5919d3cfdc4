namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// One integration event of a dossier queued for the national public service portal (Cổng Dịch vụ công quốc gia):
/// what the portal sync sends it as (a dossier record, a processing-history record, or both) is decided when it is
/// sent, from this row and the rows before it. Sent strictly in <see cref="Sequence"/> order per dossier.
/// </summary>
public sealed class NationalPortalSyncItemRecord
{
    public Guid DossierId { get; set; }

    /// <summary>The sequence of the dossier event the message came from (its outbox row): the order of the sync.</summary>
    public int Sequence { get; set; }

    /// <summary>The contract's short name, e.g. <c>DossierReceived</c>, <c>StepCompleted</c>.</summary>
    public required string Message { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The national portal status (TrangThaiHoSo, 1-10) after the event.</summary>
    public int NationalStatus { get; set; }

    /// <summary>The dossier's due instant after the event, when the event says it.</summary>
    public DateTimeOffset? DossierDueAt { get; set; }

    public string? StepId { get; set; }

    public int? Activation { get; set; }

    public string? Unit { get; set; }

    public string? Role { get; set; }

    public string? Officer { get; set; }

    public DateTimeOffset? StepDueAt { get; set; }

    /// <summary>A finished dossier's outcome: <c>Granted</c>, <c>Refused</c> or <c>Withdrawn</c>.</summary>
    public string? Outcome { get; set; }

    /// <summary>The officer's opinion, the reason of a pause or of a refusal.</summary>
    public string? Detail { get; set; }

    /// <summary>When the row was queued.</summary>
    public DateTimeOffset QueuedAt { get; set; }

    /// <summary>When the portal acknowledged the dossier record this event gave (or it changed nothing to send).</summary>
    public DateTimeOffset? StatusAcknowledgedAt { get; set; }

    /// <summary>When everything this event gave was acknowledged: null while the row waits.</summary>
    public DateTimeOffset? AcknowledgedAt { get; set; }
}
