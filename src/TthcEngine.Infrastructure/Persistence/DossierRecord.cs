namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// The stored row of a dossier (hồ sơ): what lists and lookups read without replaying its history. The history in
/// <see cref="DossierEventRecord"/> is the truth; this row is rewritten from the replayed state on every change.
/// </summary>
public sealed class DossierRecord
{
    public Guid Id { get; set; }

    /// <summary>Mã số hồ sơ, unique across every receiving place.</summary>
    public required string Code { get; set; }

    /// <summary>SHA-256 of the lookup PIN printed on the receipt; the PIN itself is never stored.</summary>
    public required string PinHash { get; set; }

    public required string ProcedureCode { get; set; }

    public int ProcedureVersion { get; set; }

    public required string Lane { get; set; }

    /// <summary>The unit that received the dossier (phi địa giới: may differ from the unit that processes it).</summary>
    public required string ReceivingUnit { get; set; }

    /// <summary>The agency competent for the dossier (agency catalogue id); its officers handle it.</summary>
    public string Agency { get; set; } = "";

    /// <summary>The agency whose desk received it (phi địa giới: may differ from <see cref="Agency"/>).</summary>
    public string ReceivingAgency { get; set; } = "";

    /// <summary>The one new appointment given with an apology (Form 04); the original <see cref="DueAt"/> stays in the statistics.</summary>
    public DateTimeOffset? ExtendedDueAt { get; set; }

    /// <summary>One working day before the due instant while the dossier is open: when an apology must be ready.</summary>
    public DateTimeOffset? ApologyDueAt { get; set; }

    /// <summary>When the system prepared the apology for the unit at fault (once per count).</summary>
    public DateTimeOffset? ApologyPreparedAt { get; set; }

    public required string Channel { get; set; }

    public required ApplicantRecord Applicant { get; set; }

    /// <summary>The national portal status (TrangThaiHoSo 1-10), the external contract of every event.</summary>
    public int NationalStatus { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset ClockStartsAt { get; set; }

    /// <summary>The statutory due instant, waits excluded; null while the clock is stopped.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The due instant while the dossier can still be late (no result yet): what the deadline watcher looks at.</summary>
    public DateTimeOffset? OpenDueAt { get; set; }

    /// <summary>When the dossier comes due soon (the configured working-time margin before <see cref="OpenDueAt"/>).</summary>
    public DateTimeOffset? DueSoonAt { get; set; }

    public DateTimeOffset? DueSoonAnnouncedAt { get; set; }

    public DateTimeOffset? OverdueAnnouncedAt { get; set; }

    public DateTimeOffset? ResultReadyAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? Outcome { get; set; }

    public string? Timeliness { get; set; }

    /// <summary>How many events the history holds; the next event's sequence number.</summary>
    public int EventCount { get; set; }

    /// <summary>Optimistic concurrency token, raised on every change; works alike on SQLite, PostgreSQL and SQL Server.</summary>
    public int Version { get; set; }
}
