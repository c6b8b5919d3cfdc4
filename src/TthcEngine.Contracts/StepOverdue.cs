namespace TthcEngine.Contracts;

/// <summary>An active step passed its due instant (quá hạn): its unit and officer are late.</summary>
public record StepOverdue
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    public required string StepId { get; init; }

    public required int Activation { get; init; }

    public required string Unit { get; init; }

    /// <summary>The officer who took the step; <c>null</c> while nobody has.</summary>
    public string? Officer { get; init; }

    public required DateTimeOffset DueAt { get; init; }
}
