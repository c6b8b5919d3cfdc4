namespace TthcEngine.Infrastructure.Persistence;

/// <summary>An active step of a dossier, kept for worklists (by unit and due instant) and for the deadline watcher.</summary>
public sealed class OpenStepRecord
{
    public Guid DossierId { get; set; }

    public required string StepId { get; set; }

    public int Activation { get; set; }

    public required string Unit { get; set; }

    public required string Role { get; set; }

    public DateTimeOffset ActivatedAt { get; set; }

    /// <summary>Due instant with the dossier's waits excluded; null while the dossier's clock is stopped.</summary>
    public DateTimeOffset? DueAt { get; set; }

    public string? ClaimedBy { get; set; }

    /// <summary>For a consultation, the step that asked.</summary>
    public string? AskedBy { get; set; }
}
