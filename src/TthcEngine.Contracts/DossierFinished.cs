namespace TthcEngine.Contracts;

/// <summary>The dossier ended: with its result granted, refused, or withdrawn at the applicant's request.</summary>
public record DossierFinished
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    /// <summary>The national portal status (TrangThaiHoSo, 1-10) after this event: 7 (withdrawn), 8, 9 or 10.</summary>
    public required int NationalStatus { get; init; }

    /// <summary><c>Granted</c>, <c>Refused</c> or <c>Withdrawn</c> (at the applicant's request, before the result was ready).</summary>
    public required string Outcome { get; init; }

    public required string Officer { get; init; }

    /// <summary>The reason of a refusal (Form 03) or of the applicant's withdrawal; <c>null</c> when granted.</summary>
    public string? Reason { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    /// <summary><c>Early</c>, <c>OnTime</c> or <c>Late</c>, judged when the result was ready, or when refused or withdrawn (Decision 766).</summary>
    public required string Timeliness { get; init; }

    /// <summary>
    /// The agency competent for the dossier, whose on-time line counts it; <c>null</c> in messages written before
    /// 2026-11-24 (a consumer then reads it from the dossier).
    /// </summary>
    public string? Agency { get; init; }

    /// <summary>The dossier's procedure code; <c>null</c> in messages written before 2026-11-24.</summary>
    public string? ProcedureCode { get; init; }
}
