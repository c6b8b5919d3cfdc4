using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Messaging;

/// <summary>
/// Makes a consumer idempotent: its work and the record of the message commit together, and a message already
/// recorded for that consumer (a redelivery, a second dispatcher's copy) is dropped.
/// </summary>
public static class Inbox
{
    /// <summary>Runs <paramref name="work"/> once per (message, consumer); false when it had already run.</summary>
    /// <remarks>
    /// On SQLite the whole transaction holds the process's writer turn, so <paramref name="work"/> must not wait for it
    /// again (through <c>DossierService</c>, say): it writes through <paramref name="db"/> only.
    /// </remarks>
    public static async Task<bool> RunOnceAsync(
        TthcDbContext db, Guid messageId, string consumer, DateTimeOffset now, Func<Task> work, CancellationToken cancellationToken)
    {
        // On SQLite the consumer queues with the process's other writers instead of meeting the file's lock.
        using var turn = await db.WriteTurnAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Inbox.Add(new InboxMessageRecord { MessageId = messageId, Consumer = consumer, ProcessedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(cancellationToken);
            if (await db.Inbox.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken))
            {
                return false;
            }

            throw;
        }

        await work();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Runs <paramref name="work"/> once for the messages of a batch not yet recorded for <paramref name="consumer"/>,
    /// with their ids, recording them in the same transaction; nothing runs when every one had run already.
    /// </summary>
    /// <remarks>
    /// A message recorded by another consumer instance after the batch looked fails the whole transaction (its key is
    /// already stored): <see cref="RunBatchOnceAsync"/> then runs the batch's messages one by one with <see cref="RunOnceAsync(TthcDbContext, Guid, string, DateTimeOffset, Func{Task}, CancellationToken)"/>.
    /// The same rule about the writer's turn holds.
    /// </remarks>
    public static async Task RunOnceAsync(
        TthcDbContext db, IReadOnlyCollection<Guid> messageIds, string consumer, DateTimeOffset now, Func<IReadOnlySet<Guid>, Task> work, CancellationToken cancellationToken)
    {
        using var turn = await db.WriteTurnAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seen = await db.Inbox.Where(m => m.Consumer == consumer && messageIds.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(cancellationToken);
        var fresh = messageIds.Except(seen).ToHashSet();
        if (fresh.Count == 0)
        {
            return;
        }

        // The records first, as for one message: a message recorded meanwhile stops the batch before its work runs.
        db.Inbox.AddRange(fresh.Select(id => new InboxMessageRecord { MessageId = id, Consumer = consumer, ProcessedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        await work(fresh);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> once for a consumer's batch: the messages not yet recorded, all in one transaction
    /// (<see cref="RunOnceAsync(TthcDbContext, IReadOnlyCollection{Guid}, string, DateTimeOffset, Func{IReadOnlySet{Guid}, Task}, CancellationToken)"/>).
    /// If that transaction fails, each message runs alone, as without batching: the others are stored, and the first
    /// that fails alone is rethrown, so the batch is retried and then moved to the error queue (the messages already
    /// stored are dropped by the inbox if they come back). <paramref name="work"/> is given the messages it is to store,
    /// all of the batch's fresh ones or one.
    /// </summary>
    public static async Task RunBatchOnceAsync<T>(
        TthcDbContext db,
        IReadOnlyList<(Guid Id, T Message)> messages,
        string consumer,
        TimeProvider time,
        Func<IReadOnlyList<(Guid Id, T Message)>, Task> work,
        CancellationToken cancellationToken)
    {
        // A retried batch may come back on the same scope (and context): start from nothing tracked.
        db.ChangeTracker.Clear();
        try
        {
            await RunOnceAsync(
                db, [.. messages.Select(m => m.Id)], consumer, time.GetUtcNow(), fresh => work([.. messages.Where(m => fresh.Contains(m.Id))]), cancellationToken);
        }
        catch (Exception e) when (messages.Count > 1 && e is not OperationCanceledException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo? failed = null;
            foreach (var message in messages)
            {
                db.ChangeTracker.Clear();
                try
                {
                    await RunOnceAsync(db, message.Id, consumer, time.GetUtcNow(), () => work([message]), cancellationToken);
                }
                catch (Exception alone) when (alone is not OperationCanceledException)
                {
                    failed ??= System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(alone);
                }
            }

            failed?.Throw();
        }
    }
}
