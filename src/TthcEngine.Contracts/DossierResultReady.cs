namespace TthcEngine.Contracts;

/// <summary>Every step is done: the result is ready (Đã xử lý xong), the instant the dossier is judged at.</summary>
public record DossierResultReady
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    /// <summary>The national portal status (TrangThaiHoSo, 1-10) after this event: 9.</summary>
    public required int NationalStatus { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    /// <summary><c>Early</c>, <c>OnTime</c> or <c>Late</c>.</summary>
    public required string Timeliness { get; init; }

    /// <summary>
    /// The agency competent for the dossier, whose on-time line counts it; <c>null</c> in messages written before
    /// 2026-11-24 (a consumer then reads it from the dossier).
    /// </summary>
    public string? Agency { get; init; }

    /// <summary>The dossier's procedure code; <c>null</c> in messages written before 2026-11-24.</summary>
    public string? ProcedureCode { get; init; }
}
