using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TthcEngine.Infrastructure.Hosting;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Resilience;

namespace TthcEngine.National.Portal.Sync;

/// <summary>
/// Drains the portal queue in the background: each round leases the dossiers whose next attempt is due and syncs
/// several at once, each strictly in order (<see cref="PortalDossierSync"/>). A partner outage only makes the
/// dossiers wait (their next attempt backs off, doubling, with jitter); the engine's own work never waits for it.
/// Several senders may run against one database: a leased dossier is skipped by the others.
/// </summary>
public sealed partial class PortalSyncSender(
    IServiceScopeFactory scopes, PortalOptions options, TimeProvider time, ILogger<PortalSyncSender> logger) : BackgroundService
{
    private readonly Guid instance = Guid.NewGuid();

    /// <summary>One round; the number of dossiers attempted.</summary>
    public async Task<int> SyncRoundAsync(CancellationToken cancellationToken)
    {
        var leased = await TransientFaults.Database.ExecuteAsync(async token => await LeaseAsync(token), cancellationToken);
        await Parallel.ForEachAsync(
            leased,
            new ParallelOptions { MaxDegreeOfParallelism = options.Sync.Parallelism, CancellationToken = cancellationToken },
            async (dossierId, token) =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<PortalDossierSync>().RunAsync(dossierId, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogDossierFailed(e, dossierId);
                    await ReleaseAsync(dossierId);
                }
            });
        return leased.Count;
    }

    private async Task<List<Guid>> LeaseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var now = time.GetUtcNow();
        var dossiers = db.Set<NationalPortalSyncDossierRecord>();
        var waiting = db.Set<NationalPortalSyncItemRecord>().Where(i => i.AcknowledgedAt == null).Select(i => i.DossierId);
        var due = await dossiers
            .Where(d => d.NextAttemptAt <= now && (d.LeaseId == null || d.LeaseUntil <= now) && waiting.Contains(d.DossierId))
            .OrderBy(d => d.NextAttemptAt)
            .Take(options.Sync.DossiersPerRound)
            .Select(d => d.DossierId)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return due;
        }

        var until = now + options.Sync.Lease;
        await dossiers
            .Where(d => due.Contains(d.DossierId) && (d.LeaseId == null || d.LeaseUntil <= now))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseId, instance).SetProperty(d => d.LeaseUntil, until), cancellationToken);
        return await dossiers.AsNoTracking()
            .Where(d => due.Contains(d.DossierId) && d.LeaseId == instance)
            .Select(d => d.DossierId)
            .ToListAsync(cancellationToken);
    }

    /// <summary>After an unexpected fault (the database, a bug) the dossier is tried again later, not held until its lease ends.</summary>
    private async Task ReleaseAsync(Guid dossierId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var next = time.GetUtcNow() + options.Sync.RetryFirstDelay;
            await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Set<NationalPortalSyncDossierRecord>()
                .Where(d => d.DossierId == dossierId && d.LeaseId == instance)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseId, (Guid?)null).SetProperty(d => d.NextAttemptAt, next), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogDossierFailed(e, dossierId);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PollingLoop.RunAsync(async ct => await SyncRoundAsync(ct) > 0, options.Sync.Idle, time, LogRoundFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal sync of dossier {DossierId} failed unexpectedly; it is tried again later.")]
    private partial void LogDossierFailed(Exception exception, Guid dossierId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A portal sync round failed; the queue is kept and tried again.")]
    private partial void LogRoundFailed(Exception exception);
}
