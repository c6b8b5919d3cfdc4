namespace TthcEngine.Contracts;

/// <summary>
/// A green-lane focal point pressed the holder of a step (đôn đốc); when the step is overdue the unit's head is to be
/// told as well (<see cref="EscalateToHead"/>).
/// </summary>
public record StepExpedited
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    public required string StepId { get; init; }

    /// <summary>The unit holding the step: the one to notify.</summary>
    public required string Unit { get; init; }

    /// <summary>The officer who took the step; <c>null</c> while nobody has.</summary>
    public string? Officer { get; init; }

    /// <summary>The focal point's user name.</summary>
    public required string FocalPoint { get; init; }

    public required string Message { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    /// <summary>The step is overdue: escalate to the head of its unit.</summary>
    public required bool EscalateToHead { get; init; }
}
