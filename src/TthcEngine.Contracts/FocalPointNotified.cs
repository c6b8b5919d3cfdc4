namespace TthcEngine.Contracts;

/// <summary>The focal point (đầu mối) of a green-lane dossier is told of a branch event.</summary>
public record FocalPointNotified
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    public required string Role { get; init; }

    /// <summary>The focal point's unit.</summary>
    public required string Unit { get; init; }

    /// <summary>The branch step the event is about.</summary>
    public required string StepId { get; init; }

    /// <summary>What happened, in words.</summary>
    public required string What { get; init; }
}
