namespace TthcEngine.Contracts;

/// <summary>The dossier passed its due instant (quá hạn) without a result.</summary>
public record DossierOverdue
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    public required DateTimeOffset DueAt { get; init; }
}
