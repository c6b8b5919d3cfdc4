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
}
