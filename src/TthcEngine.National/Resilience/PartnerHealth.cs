namespace TthcEngine.National.Resilience;

/// <summary>
/// A national partner as the health endpoint and the supervisor dashboard show it: its circuit, and for a partner
/// the engine queues work for (the portal's sync), the backlog. A partner called only on demand (the catalogue, the
/// population database, payment) has no backlog: its counts are 0.
/// </summary>
/// <param name="Circuit"><c>Closed</c>, <c>Open</c>, <c>HalfOpen</c> or <c>Isolated</c>.</param>
/// <param name="CircuitChangedAt">When the circuit last changed; null if it never did since the process started.</param>
/// <param name="Backlog">Queued events not yet acknowledged by the portal.</param>
/// <param name="DossiersWaiting">Dossiers with something to send.</param>
/// <param name="DossiersFailing">Dossiers whose last attempt failed (waiting to try again).</param>
/// <param name="DossiersInDoubt">Dossiers whose last call's outcome is unknown (looked up before sending again).</param>
/// <param name="OldestWaitingSince">When the oldest unacknowledged event was queued.</param>
/// <param name="LastError">The latest failure of a waiting dossier, as the sync recorded it (never a credential).</param>
public sealed record PartnerHealth(
    string Partner,
    string Circuit,
    DateTimeOffset? CircuitChangedAt,
    int Backlog,
    int DossiersWaiting,
    int DossiersFailing,
    int DossiersInDoubt,
    DateTimeOffset? OldestWaitingSince,
    string? LastError);

/// <summary>One configured partner's health, as <c>GET /health</c> and the supervisor dashboard list them.</summary>
public interface IPartnerHealth
{
    Task<PartnerHealth> ReadAsync(CancellationToken cancellationToken);
}

/// <summary>The health of a partner called only on demand: its circuit alone.</summary>
public sealed class CircuitHealth(PartnerCircuit circuit) : IPartnerHealth
{
    public Task<PartnerHealth> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new PartnerHealth(circuit.Partner, circuit.State, circuit.Transitions.LastOrDefault()?.At, 0, 0, 0, 0, null, null));
}
