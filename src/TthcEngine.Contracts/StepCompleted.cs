namespace TthcEngine.Contracts;

/// <summary>A step was done, with its verdict and the unit and officer it belongs to (who made a dossier late).</summary>
public record StepCompleted
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    /// <summary>The national portal status (TrangThaiHoSo, 1-10) after this event.</summary>
    public required int NationalStatus { get; init; }

    public required string StepId { get; init; }

    public required int Activation { get; init; }

    public required string Unit { get; init; }

    public required string Officer { get; init; }

    /// <summary>The officer's opinion (ý kiến), if any.</summary>
    public string? Opinion { get; init; }

    /// <summary>The step's due instant, the dossier's waits excluded.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary><c>Early</c> (trước hạn), <c>OnTime</c> (đúng hạn) or <c>Late</c> (quá hạn).</summary>
    public required string Timeliness { get; init; }

    /// <summary>Working time the step took, in whole minutes, waits excluded.</summary>
    public required long WorkingMinutesUsed { get; init; }

    /// <summary>
    /// The agency competent for the dossier, whose on-time line counts it; <c>null</c> in messages written before
    /// 2026-11-24 (a consumer then reads it from the dossier).
    /// </summary>
    public string? Agency { get; init; }
}
