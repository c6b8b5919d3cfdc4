namespace TthcEngine.Contracts;

/// <summary>Another agency was asked for its opinion (lấy ý kiến, liên thông); the asking step waits for the answer.</summary>
public record ConsultationRequested
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    /// <summary>The national portal status (TrangThaiHoSo, 1-10) after this event.</summary>
    public required int NationalStatus { get; init; }

    public required string AskedByStepId { get; init; }

    /// <summary>The consultation's own step id, <c>{step}&gt;{unit}</c>.</summary>
    public required string ConsultationStepId { get; init; }

    /// <summary>The consulted agency.</summary>
    public required string Unit { get; init; }

    public required DateTimeOffset DueAt { get; init; }
}
