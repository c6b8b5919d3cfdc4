namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// One event of a dossier's append-only history. The key (dossier, sequence) makes two writers racing for the same
/// place in the history collide instead of both succeeding.
/// </summary>
public sealed class DossierEventRecord
{
    public Guid DossierId { get; set; }

    public int Sequence { get; set; }

    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}
