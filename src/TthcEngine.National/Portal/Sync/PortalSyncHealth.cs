namespace TthcEngine.National.Portal.Sync;

/// <summary>
/// The portal partner as the health endpoint and the supervisor dashboard show it.
/// </summary>
/// <param name="Circuit"><c>Closed</c>, <c>Open</c>, <c>HalfOpen</c> or <c>Isolated</c>.</param>
/// <param name="CircuitChangedAt">When the circuit last changed; null if it never did since the process started.</param>
/// <param name="Backlog">Queued events not yet acknowledged by the portal.</param>
/// <param name="DossiersWaiting">Dossiers with something to send.</param>
/// <param name="DossiersFailing">Dossiers whose last attempt failed (waiting to try again).</param>
/// <param name="DossiersInDoubt">Dossiers whose last call's outcome is unknown (looked up before sending again).</param>
/// <param name="OldestWaitingSince">When the oldest unacknowledged event was queued.</param>
/// <param name="LastError">The latest failure of a waiting dossier, as the sync recorded it (never a credential).</param>
public sealed record PortalSyncHealth(
    string Partner,
    string Circuit,
    DateTimeOffset? CircuitChangedAt,
    int Backlog,
    int DossiersWaiting,
    int DossiersFailing,
    int DossiersInDoubt,
    DateTimeOffset? OldestWaitingSince,
    string? LastError);
