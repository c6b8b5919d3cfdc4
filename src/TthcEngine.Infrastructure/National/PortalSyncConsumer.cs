using MassTransit;
using Microsoft.EntityFrameworkCore;
using TthcEngine.Contracts;
using TthcEngine.Infrastructure.Messaging;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.National;

/// <summary>
/// Queues the events the national public service portal is told about (portal_sync_items), each message once through
/// the inbox, under the sequence of the dossier event it came from: the portal sync (TthcEngine.National) sends them
/// in that order, whatever order the bus delivered them in.
/// </summary>
/// <remarks>
/// Messages are queued in batches of one type (<see cref="PortalSyncConsumerDefinition"/>): a batch's inbox rows, items
/// and new dossier rows are stored in one transaction, with one read of the outbox's sequences and one of the dossiers
/// already known, so a busy engine pays one commit for many messages instead of one each. If the batch's transaction
/// fails (a message with no outbox row, two batches adding the same dossier's row), each of its messages is queued
/// alone, as without batching: the others are queued, and the one at fault fails the batch, which is retried and then
/// moved to the error queue (messages already queued are dropped by the inbox if they come back).
/// </remarks>
public sealed class PortalSyncConsumer(TthcDbContext db, TimeProvider time) :
    IConsumer<Batch<DossierReceived>>, IConsumer<Batch<StepActivated>>, IConsumer<Batch<StepCompleted>>, IConsumer<Batch<DossierPaused>>,
    IConsumer<Batch<DossierResumed>>, IConsumer<Batch<DossierResultReady>>, IConsumer<Batch<DossierFinished>>
{
    private const int DetailLength = 2000;

    private const string DossierRowsSavepoint = "portal_sync_dossiers";

    /// <summary>The consumer's name in the inbox.</summary>
    public const string InboxName = nameof(PortalSyncConsumer);

    /// <summary>The full names of the contracts queued: the outbox rows the sync waits for before sending later ones.</summary>
    public static readonly IReadOnlyList<string> MessageTypes =
    [
        typeof(DossierReceived).FullName!, typeof(StepActivated).FullName!, typeof(StepCompleted).FullName!, typeof(DossierPaused).FullName!,
        typeof(DossierResumed).FullName!, typeof(DossierResultReady).FullName!, typeof(DossierFinished).FullName!,
    ];

    public Task Consume(ConsumeContext<Batch<DossierReceived>> context) =>
        QueueAsync(context, m => new Item(m.DossierId, m.DossierCode, m.OccurredAt, m.NationalStatus)
        {
            DossierDueAt = m.DueAt,
        });

    public Task Consume(ConsumeContext<Batch<StepActivated>> context) =>
        QueueAsync(context, m => new Item(m.DossierId, m.DossierCode, m.OccurredAt, m.NationalStatus)
        {
            StepId = m.StepId, Activation = m.Activation, Unit = m.Unit, Role = m.Role, StepDueAt = m.DueAt,
        });

    public Task Consume(ConsumeContext<Batch<StepCompleted>> context) =>
        QueueAsync(context, m => new Item(m.DossierId, m.DossierCode, m.OccurredAt, m.NationalStatus)
        {
            StepId = m.StepId, Activation = m.Activation, Unit = m.Unit, Officer = m.Officer, StepDueAt = m.DueAt, Detail = m.Opinion,
        });

    public Task Consume(ConsumeContext<Batch<DossierPaused>> context) =>
        QueueAsync(context, m => new Item(m.DossierId, m.DossierCode, m.OccurredAt, m.NationalStatus)
        {
            Detail = m.Reason,
        });

    public Task Consume(ConsumeContext<Batch<DossierResumed>> context) =>
        QueueAsync(context, m => new Item(m.DossierId, m.DossierCode, m.OccurredAt, m.NationalStatus)
        {
            DossierDueAt = m.DueAt,
        });

    public Task Consume(ConsumeContext<Batch<DossierResultReady>> context) =>
        QueueAsync(context, m => new Item(m.DossierId, m.DossierCode, m.OccurredAt, m.NationalStatus)
        {
            DossierDueAt = m.DueAt,
        });

    public Task Consume(ConsumeContext<Batch<DossierFinished>> context) =>
        QueueAsync(context, m => new Item(m.DossierId, m.DossierCode, m.OccurredAt, m.NationalStatus)
        {
            DossierDueAt = m.DueAt, Outcome = m.Outcome, Officer = m.Officer, Detail = m.Reason,
        });

    private async Task QueueAsync<T>(ConsumeContext<Batch<T>> context, Func<T, Item> item)
        where T : class
    {
        var messages = context.Message
            .Select(m => (Id: m.MessageId ?? throw new InvalidOperationException("A message without MessageId cannot be queued exactly once."), Item: item(m.Message)))
            .DistinctBy(m => m.Id)
            .ToList();
        await Inbox.RunBatchOnceAsync(db, messages, InboxName, time, queued => AddAsync<T>(queued, context.CancellationToken), context.CancellationToken);
    }

    /// <summary>Adds the rows of the dossiers the sync does not know yet, then the items of <paramref name="messages"/>.</summary>
    private async Task AddAsync<T>(IReadOnlyList<(Guid Id, Item Item)> messages, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var dossiers = messages.Select(m => m.Item.DossierId).Distinct().ToList();
        var synced = await db.Set<NationalPortalSyncDossierRecord>().AsNoTracking().Where(d => dossiers.Contains(d.DossierId)).Select(d => d.DossierId).ToListAsync(cancellationToken);
        var fresh = messages.Where(m => !synced.Contains(m.Item.DossierId)).DistinctBy(m => m.Item.DossierId).OrderBy(m => m.Item.DossierId).ToList();
        if (fresh.Count > 0)
        {
            // A dossier's first messages of several types come in batches of their own at once, and each finds the
            // dossier unknown: the one whose row is stored second meets the key, goes back to the savepoint (on
            // PostgreSQL a failed statement spoils the rest of the transaction otherwise) and goes on, since the row it
            // wanted is there.
            var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("The portal's queue is written in the inbox's transaction.");
            await transaction.CreateSavepointAsync(DossierRowsSavepoint, cancellationToken);
            db.Set<NationalPortalSyncDossierRecord>().AddRange(fresh.Select(m => new NationalPortalSyncDossierRecord
            {
                DossierId = m.Item.DossierId, DossierCode = m.Item.DossierCode, NextAttemptAt = now,
            }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                await transaction.RollbackToSavepointAsync(DossierRowsSavepoint, cancellationToken);
                if (!await AllStoredAsync([.. fresh.Select(m => m.Item.DossierId)], cancellationToken))
                {
                    throw;
                }
            }
        }

        // The outbox row holds the dossier event's sequence: the order the portal must see, not the bus's order.
        var ids = messages.Select(m => m.Id).ToList();
        var sequences = await db.Outbox.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Sequence }).ToDictionaryAsync(m => m.Id, m => m.Sequence, cancellationToken);
        foreach (var (id, item) in messages)
        {
            var sequence = sequences.TryGetValue(id, out var known)
                ? known
                : throw new InvalidOperationException($"Message {id} has no outbox row: its place in the dossier's order is unknown.");
            db.Set<NationalPortalSyncItemRecord>().Add(new NationalPortalSyncItemRecord
            {
                DossierId = item.DossierId, Sequence = sequence, Message = typeof(T).Name, OccurredAt = item.OccurredAt, NationalStatus = item.NationalStatus,
                DossierDueAt = item.DossierDueAt, StepId = item.StepId, Activation = item.Activation, Unit = item.Unit, Role = item.Role,
                Officer = item.Officer, StepDueAt = item.StepDueAt, Outcome = item.Outcome, Detail = item.Detail is { Length: > DetailLength } text ? text[..DetailLength] : item.Detail, QueuedAt = now,
            });
        }
    }

    /// <summary>Whether every one of <paramref name="dossiers"/> has its row now (stored by another batch meanwhile).</summary>
    private async Task<bool> AllStoredAsync(List<Guid> dossiers, CancellationToken cancellationToken)
    {
        var stored = await db.Set<NationalPortalSyncDossierRecord>().AsNoTracking().CountAsync(d => dossiers.Contains(d.DossierId), cancellationToken);
        return stored == dossiers.Count;
    }

    private sealed record Item(Guid DossierId, string DossierCode, DateTimeOffset OccurredAt, int NationalStatus)
    {
        public DateTimeOffset? DossierDueAt { get; init; }

        public string? StepId { get; init; }

        public int? Activation { get; init; }

        public string? Unit { get; init; }

        public string? Role { get; init; }

        public string? Officer { get; init; }

        public DateTimeOffset? StepDueAt { get; init; }

        public string? Outcome { get; init; }

        public string? Detail { get; init; }
    }
}
