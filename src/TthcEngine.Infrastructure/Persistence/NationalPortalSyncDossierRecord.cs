namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// What the national public service portal has acknowledged of one dossier, and when its sync is tried next.
/// </summary>
public sealed class NationalPortalSyncDossierRecord
{
    public Guid DossierId { get; set; }

    /// <summary>Mã hồ sơ (MaHoSo), the portal's key.</summary>
    public required string DossierCode { get; set; }

    /// <summary>The portal acknowledged that it holds the dossier (an insert, or "already exists" then an update).</summary>
    public bool Inserted { get; set; }

    /// <summary>The last status (TrangThaiHoSo) the portal acknowledged.</summary>
    public int? AcknowledgedStatus { get; set; }

    /// <summary>How many processing-history records the portal acknowledged.</summary>
    public int AcknowledgedHistory { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>The last call may have reached the portal without its answer reaching us: look up before sending again.</summary>
    public bool InDoubt { get; set; }

    /// <summary>Failed attempts in a row; sets the wait before the next one.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Why the last attempt failed (never a credential or a payload).</summary>
    public string? LastError { get; set; }

    /// <summary>The sender instance holding the dossier, so two senders never send one dossier's records at once.</summary>
    public Guid? LeaseId { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
}
