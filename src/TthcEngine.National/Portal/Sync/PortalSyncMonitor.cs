using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.National.Resilience;

namespace TthcEngine.National.Portal.Sync;

/// <summary>Reads the portal partner's circuit and backlog (<see cref="PartnerHealth"/>).</summary>
public sealed class PortalSyncMonitor(IServiceScopeFactory scopes, [FromKeyedServices(NationalRegistration.PortalPartner)] PartnerCircuit circuit) : IPartnerHealth
{
    public PartnerCircuit Circuit => circuit;

    public async Task<PartnerHealth> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var waiting = db.Set<NationalPortalSyncItemRecord>().AsNoTracking().Where(i => i.AcknowledgedAt == null);
        var backlog = await waiting.CountAsync(cancellationToken);
        var oldest = backlog == 0 ? null : await waiting.MinAsync(i => (DateTimeOffset?)i.QueuedAt, cancellationToken);
        var dossiers = db.Set<NationalPortalSyncDossierRecord>().AsNoTracking().Where(d => waiting.Select(i => i.DossierId).Contains(d.DossierId));
        var failing = await dossiers.CountAsync(d => d.Attempts > 0, cancellationToken);
        var lastError = failing == 0
            ? null
            : await dossiers.Where(d => d.Attempts > 0).OrderByDescending(d => d.NextAttemptAt).Select(d => d.LastError).FirstOrDefaultAsync(cancellationToken);
        return new PartnerHealth(
            circuit.Partner,
            circuit.State,
            circuit.Transitions.LastOrDefault()?.At,
            backlog,
            await dossiers.CountAsync(cancellationToken),
            failing,
            await dossiers.CountAsync(d => d.InDoubt, cancellationToken),
            oldest,
            lastError);
    }
}
