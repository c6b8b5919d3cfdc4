namespace TthcEngine.Contracts;

/// <summary>A dossier was accepted as complete and valid (tiếp nhận): its workflow started and its clock runs.</summary>
public record DossierReceived
{
    public required Guid DossierId { get; init; }

    /// <summary>When the dossier was accepted.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Mã số hồ sơ, e.g. <c>000.17.22.H56-210531-0001</c>.</summary>
    public required string DossierCode { get; init; }

    /// <summary>The national portal status (TrangThaiHoSo, 1-10) after this event.</summary>
    public required int NationalStatus { get; init; }

    public required string ProcedureCode { get; init; }

    /// <summary>The procedure definition version the dossier is pinned to.</summary>
    public required int ProcedureVersion { get; init; }

    /// <summary><c>Standard</c> or <c>GreenLane</c> (luồng xanh).</summary>
    public required string Lane { get; init; }

    /// <summary>When the statutory count starts: the next opening if accepted outside office hours.</summary>
    public required DateTimeOffset ClockStartsAt { get; init; }

    /// <summary>The due instant (ngày hẹn trả kết quả) if the clock never stops.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>
    /// The agency competent for the dossier, whose on-time line counts it; <c>null</c> in messages written before
    /// 2026-11-24 (a consumer then reads it from the dossier).
    /// </summary>
    public string? Agency { get; init; }
}
