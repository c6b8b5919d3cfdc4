namespace TthcEngine.Contracts;

/// <summary>
/// The dossier will be due soon; a late dossier's apology and request for more time (Form 04) must go out no later
/// than one working day before its due instant (convention 7).
/// </summary>
public record DossierDueSoon
{
    public required Guid DossierId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string DossierCode { get; init; }

    public required DateTimeOffset DueAt { get; init; }
}
