using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TthcEngine.Infrastructure.Hosting;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Resilience;

namespace TthcEngine.Infrastructure.Messaging;

/// <summary>
/// Publishes what the outbox holds, oldest first, each message with its outbox id as MessageId (consumers' inboxes
/// drop a repeat). Several instances may run against one database: an instance takes a dossier by leasing its oldest
/// pending message (a conditional update of that one row, refused while another live instance holds any of the
/// dossier's pending messages) and then publishes all the dossier's pending messages, so one dossier's messages always
/// go out in order. A broker outage only delays them.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, IBus bus, BusOptions options, TimeProvider time, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int DossiersPerBatch = 50;

    /// <summary>The oldest pending messages a batch looks at to find its dossiers.</summary>
    private const int MessagesLookedAt = 500;

    /// <summary>The most published messages one cleanup statement deletes (a short write, on SQLite a short hold of the file).</summary>
    private const int CleanupBatch = 5_000;
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(200);
    private readonly Guid instance = Guid.NewGuid();

    /// <summary>
    /// Publishes one batch; the number of messages sent. A passing database fault repeats the batch (what was already
    /// published and not yet marked goes out again, and the consumers' inboxes drop the copy).
    /// </summary>
    public Task<int> DispatchBatchAsync(CancellationToken cancellationToken) =>
        TransientFaults.Database.ExecuteAsync(async token => await DispatchOnceAsync(token), cancellationToken).AsTask();

    private async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var now = time.GetUtcNow();

        // The oldest pending messages no other live instance holds, read along the (DispatchedAt, CreatedAt) index, so
        // that a batch costs the same whatever the backlog (grouping every pending message by dossier cost the whole
        // backlog at each batch: a backlog left by a broker outage drained ever slower), and messages another instance
        // holds do not hide the newer ones behind them. The first of each dossier is its head as far as this batch
        // can see: the dossier is taken by leasing that one message. The messages of one change share their instant,
        // so the sequence breaks the tie: without it two instances could read two different heads of one dossier
        // (PostgreSQL returns equal keys in no fixed order), lease both at once (neither sees the other's lease before
        // it commits) and both publish the dossier.
        var firsts = (await db.Outbox
                .Where(m => m.DispatchedAt == null && (m.LeaseId == null || m.LeaseId == instance || m.LeaseUntil <= now))
                .OrderBy(m => m.DispatchedAt).ThenBy(m => m.CreatedAt).ThenBy(m => m.Sequence)
                .Select(m => new { m.Id, m.DossierId })
                .Take(MessagesLookedAt)
                .ToListAsync(cancellationToken))
            .DistinctBy(m => m.DossierId)
            .Take(DossiersPerBatch)
            .ToList();
        if (firsts.Count == 0)
        {
            return 0;
        }

        var heads = firsts.Select(m => m.Id).ToList();
        var dossierOf = firsts.Select(m => m.DossierId).ToList();

        var until = now + options.OutboxLease;
        using (await db.WriteTurnAsync(cancellationToken))
        {
            // A head is leased only while no other live instance holds any pending message of its dossier. Two
            // instances that saw the same head update the same row, so one waits for the other's commit and then finds
            // it held; a dossier whose true head another instance holds is refused by the second condition.
            await db.Outbox
                .Where(m => heads.Contains(m.Id) && m.DispatchedAt == null && (m.LeaseId == null || m.LeaseId == instance || m.LeaseUntil <= now)
                    && !db.Outbox.Any(o => o.DossierId == m.DossierId && o.DispatchedAt == null && o.LeaseId != null && o.LeaseId != instance && o.LeaseUntil > now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseId, instance).SetProperty(m => m.LeaseUntil, until), cancellationToken);
        }

        // Every pending message of the dossiers whose head this instance now holds, the head's lease standing for the
        // dossier's: no other instance takes one of its messages while the head is held, and the head stays pending
        // until this batch has published them all (messages written since the lease go out with them, after them).
        var candidates = await db.Outbox.AsNoTracking()
            .Where(m => dossierOf.Contains(m.DossierId) && m.DispatchedAt == null)
            .OrderBy(m => m.DossierId).ThenBy(m => m.Sequence)
            .ToListAsync(cancellationToken);
        var taken = candidates.Where(m => heads.Contains(m.Id) && m.LeaseId == instance).Select(m => m.DossierId).ToHashSet();
        var leased = candidates.Where(m => taken.Contains(m.DossierId)).ToList();

        var done = new List<Guid>();
        try
        {
            // Dossier by dossier, each one's in sequence.
            foreach (var record in leased)
            {
                var (message, type) = OutboxMessages.Read(record);
                await TransientFaults.Broker.ExecuteAsync(
                    async token => await bus.Publish(message, type, context => context.MessageId = record.Id, token),
                    cancellationToken);
                done.Add(record.Id);
            }
        }
        finally
        {
            // What went out is marked, in one statement for the batch, even when the broker failed half-way. The rest
            // stays pending and is retried: a head not sent stays held by this instance until its lease ends; behind a
            // head that was sent, the messages left are later ones, and any instance may take them next.
            if (done.Count > 0)
            {
                using (await db.WriteTurnAsync(CancellationToken.None))
                {
                    await db.Outbox.Where(m => done.Contains(m.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, time.GetUtcNow()), CancellationToken.None);
                }
            }
        }

        return done.Count;
    }

    /// <summary>
    /// Deletes up to <see cref="CleanupBatch"/> messages published longer than <see cref="BusOptions.OutboxRetention"/>
    /// ago, oldest first; the number deleted. Pending messages are never touched.
    /// </summary>
    public async Task<int> DeletePublishedAsync(CancellationToken cancellationToken)
    {
        if (options.OutboxRetention <= TimeSpan.Zero)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var before = time.GetUtcNow() - options.OutboxRetention;
        using (await db.WriteTurnAsync(cancellationToken))
        {
            return await db.Outbox
                .Where(m => m.DispatchedAt != null && m.DispatchedAt < before)
                .OrderBy(m => m.DispatchedAt)
                .Take(CleanupBatch)
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            PollingLoop.RunAsync(async ct => await DispatchBatchAsync(ct) > 0, Idle, time, LogDispatchFailed, stoppingToken),
            PollingLoop.RunAsync(
                async ct => await DeletePublishedAsync(ct) == CleanupBatch,
                options.OutboxCleanupInterval > TimeSpan.Zero ? options.OutboxCleanupInterval : new BusOptions().OutboxCleanupInterval,
                time,
                LogCleanupFailed,
                stoppingToken));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting published outbox messages failed; it is tried again at the next interval.")]
    private partial void LogCleanupFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed; the messages stay in the outbox and are retried.")]
    private partial void LogDispatchFailed(Exception exception);
}
