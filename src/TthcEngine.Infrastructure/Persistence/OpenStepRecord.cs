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

    /// <summary>When the step comes due soon (the configured working-time margin before <see cref="DueAt"/>).</summary>
    public DateTimeOffset? DueSoonAt { get; set; }

    /// <summary>Set once the watcher announced "due soon" for this activation.</summary>
    public DateTimeOffset? DueSoonAnnouncedAt { get; set; }

    /// <summary>Set once the watcher announced "overdue" for this activation.</summary>
    public DateTimeOffset? OverdueAnnouncedAt { get; set; }

    public string? ClaimedBy { get; set; }

    /// <summary>For a consultation, the step that asked.</summary>
    public string? AskedBy { get; set; }
}
